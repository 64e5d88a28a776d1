import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCase } from '../../core/calc/case-fixture.js';
import { generateLetter } from '../../core/letters/generate-letter.js';
import { GuaranteeLapsedError } from '../../core/limitation/guarantee-check.js';
import { runCli } from '../support/cli.js';
import { useTempDir } from '../support/temp-dir.js';
import { guarantorLetterCases } from './guarantor-letters.cases.js';

describe('legal corpus: letters to guarantors (民法典 第693条; 担保制度解释 第34条)', () => {
  it.each(guarantorLetterCases.map((c) => [`${c.id} (${c.article})`, c] as const))('%s', (_, c) => {
    const data = makeCase(c.case);
    const make = () => generateLetter(data, { templateId: c.template, asOf: c.asOf, settings: { recipient: c.to } });
    if (!c.refused) {
      expect(make().text).toContain(data.debtors[c.to]!.name);
      return;
    }
    let error: unknown;
    try {
      make();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GuaranteeLapsedError);
    const lapsed = error as GuaranteeLapsedError;
    expect([lapsed.code, lapsed.params]).toEqual(['guarantee-lapsed', { party: c.to, ...c.refused }]);
    expect(lapsed.message).toContain(c.refused.periodEnd);
  });
});

describe('casepack letter to a lapsed guarantor', () => {
  const tempDir = useTempDir();

  it('exits 1 with one line naming the guarantor and the day the guarantee ended, and writes nothing', () => {
    const dir = tempDir();
    const c = guarantorLetterCases.find((k) => k.id === 'gl-joint-lapsed-acknowledgment')!;
    writeFileSync(join(dir, 'case.json'), JSON.stringify(makeCase(c.case)));
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ recipient: 1 }));
    const out = join(dir, 'out');
    const args = ['letter', join(dir, 'case.json'), '--template', c.template, '--out', out, '--as-of', c.asOf];
    const result = runCli([...args, '--settings', join(dir, 'settings.json')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^error: guarantor 丁某: the guarantee period ended on 2024-09-18 .*担保制度解释 第34条/),
    ]);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    // The same letter to the debtor is written.
    expect(runCli(args).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['debt-acknowledgment.docx', 'debt-acknowledgment.pdf']);
  });
});
