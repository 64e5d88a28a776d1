import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCase } from '../../core/calc/case-fixture.js';
import { generateLetter } from '../../core/letters/generate-letter.js';
import { GuaranteeLapsedError } from '../../core/limitation/guarantee-check.js';
import { runCli } from '../support/cli.js';
import { pdfText } from '../support/pdf-tools.js';
import { lacksTools } from '../support/system-tools.js';
import { useTempDir } from '../support/temp-dir.js';
import { complaintGuarantorCases } from './complaint-guarantor.cases.js';
import { guarantorLetterCases, LAWYER } from './guarantor-letters.cases.js';
import { timeBarredLetterCases } from './time-barred-letters.cases.js';

describe('legal corpus: letters to guarantors (民法典 第687–694条; 担保制度解释 第34条) and time-barred claims (第192、193条)', () => {
  it.each([...guarantorLetterCases, ...timeBarredLetterCases].map((c) => [`${c.id} (${c.article})`, c] as const))(
    '%s',
    (_, c) => {
      const data = makeCase(c.case);
      const make = () => generateLetter(data, { templateId: c.template, asOf: c.asOf, settings: { ...LAWYER, recipient: c.to } });
      if (!c.refused) {
        const letter = make();
        // Exportable as written: no wording error (a time-barred claim is named beside the debtor's defence).
        expect(letter.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual([]);
        const text = letter.text.replace(/\s+/g, '');
        expect(text).toContain(data.debtors[c.to]!.name);
        for (const words of c.says ?? []) expect(text).toContain(words);
        for (const words of c.never ?? []) expect(text).not.toContain(words);
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
    },
  );
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

describe.skipIf(lacksTools('the guarantor letter read-back', 'pdftotext'))(
  'the example’s letters to its joint guarantor, read back',
  () => {
    const tempDir = useTempDir();

    it.each(['demand-letter', 'lawyer-letter'])(
      '%s asks 周立新 to perform the guarantee, not to pay as the buyer',
      (template) => {
        const dir = tempDir();
        const settings = JSON.parse(readFileSync('examples/zh-sale-of-goods/letter-settings.json', 'utf8')) as object;
        writeFileSync(join(dir, 'settings.json'), JSON.stringify({ ...settings, ...LAWYER, recipient: 1 }));
        // The day before the example's judgment takes effect (2026-09-15): after it, no demand is made (民事诉讼法 第247条).
        const args = ['letter', 'examples/zh-sale-of-goods/case.json', '--template', template, '--as-of', '2026-09-14'];
        const result = runCli([...args, '--out', dir, '--settings', join(dir, 'settings.json')]);
        expect(result.status).toBe(0);
        const text = pdfText(join(dir, `${template}.pdf`)).replace(/\s+/g, '');
        expect(text).toContain('周立新');
        expect(text).toContain('为债务人在该合同项下对');
        expect(text).toContain('提供连带责任保证，保证期间为主债务履行期限届满之日起24个月');
        expect(text).toContain('第六百八十八条');
        // The demand delivered to him on 2025-03-15 kept the guarantee; its three years run from then (第694条 第2款).
        expect(text).toContain('已于2025年3月15日在保证期间内请求您承担保证责任');
        // Principal 221,090.35 and late charges 81,073.43 on 2026-09-14 (casepack calc --as-of 2026-09-14).
        expect(text).toContain('302,163.78');
        expect(text).not.toContain('与您于2024年3月12日签订');
      },
    );

    it.each(['demand-letter', 'lawyer-letter'])(
      '%s prints the scope the guarantee contract words (民法典 第691条)',
      (template) => {
        const dir = tempDir();
        const c = guarantorLetterCases.find((k) => k.id === 'gl-joint-scope-agreed')!;
        writeFileSync(join(dir, 'case.json'), JSON.stringify(makeCase(c.case)));
        writeFileSync(join(dir, 'settings.json'), JSON.stringify({ ...LAWYER, recipient: 1 }));
        const args = ['letter', join(dir, 'case.json'), '--template', template, '--as-of', c.asOf, '--out', dir];
        expect(runCli([...args, '--settings', join(dir, 'settings.json')]).status).toBe(0);
        const text = pdfText(join(dir, `${template}.pdf`)).replace(/\s+/g, '');
        expect(text).toContain('保证合同约定的保证范围为“主债权本金及逾期付款违约金”');
        expect(text).toContain('在保证合同约定的保证范围（主债权本金及逾期付款违约金）内');
        expect(text).not.toContain('保证的范围包括主债权及其利息');
      },
    );
  },
);

describe('legal corpus: a complaint and a guarantor whose guarantee lapsed (民法典 第693条; 担保制度解释 第34条 第1款)', () => {
  it.each(complaintGuarantorCases.map((c) => [`${c.id} (${c.article})`, c] as const))('%s', (_, c) => {
    const letter = generateLetter(makeCase(c.case), { templateId: 'complaint', asOf: c.asOf });
    const text = letter.text.replace(/\s+/g, '');
    const defendants = letter.model.blocks.flatMap((b) =>
      b.type === 'table' && b.header[0]?.[1]?.runs.some((r) => r.text.startsWith('被告'))
        ? [b.body[0]![1]!.runs.map((r) => r.text).join('')]
        : [],
    );
    expect(defendants).toEqual(c.defendants);
    expect(letter.warnings).toEqual(c.leftOut ? [{ code: 'guarantor-left-out', party: 1, ...c.leftOut }] : []);
    for (const words of c.says ?? []) expect(text).toContain(words);
    for (const words of c.never ?? []) expect(text).not.toContain(words);
  });
});

describe('casepack letter --template complaint with a lapsed guarantor', () => {
  const tempDir = useTempDir();

  it('writes the complaint against the debtor and says on one line which guarantor it left out and why', () => {
    const dir = tempDir();
    const c = complaintGuarantorCases.find((k) => k.id === 'cg-lapsed-guarantor-left-out')!;
    writeFileSync(join(dir, 'case.json'), JSON.stringify(makeCase(c.case)));
    const result = runCli(['letter', join(dir, 'case.json'), '--template', 'complaint', '--out', dir, '--as-of', c.asOf]);
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^warning: 保证人丁某的保证期间已于2024-09-18届满.*起诉状未将其列为被告/),
    ]);
    expect(readdirSync(dir).sort()).toEqual(['case.json', 'complaint.docx', 'complaint.pdf']);
  });
});
