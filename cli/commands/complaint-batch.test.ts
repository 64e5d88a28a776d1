import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseCalculationJson } from '../../core/calc/calculate-case.js';
import { formatGroupedCents } from '../../core/money/money.js';
import { parseCents } from '../../core/money/cents.js';
import { runCli } from '../../test/support/cli.js';
import { pdfText } from '../../test/support/pdf-tools.js';
import { lacksTools } from '../../test/support/system-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();
const AS_OF = '2026-11-30';
const SALE = 'examples/zh-sale-of-goods/case.json';

/** The sale-of-goods example with no court chosen (and no files to carry). */
function withoutCourt(): string {
  const data = JSON.parse(readFileSync(SALE, 'utf8')) as Record<string, unknown>;
  delete data.filing;
  delete data.$schema;
  Object.assign(data, { evidence: [], mailings: [], events: [], title: '无法院的货款案' });
  const file = join(tempDir(), 'case.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe.skipIf(lacksTools('the batch complaint read-back', 'pdftotext'))('casepack letters --step complaint', () => {
  it('makes the complaints, bundles and fee list by court, and names each case it cannot file on a line of its own', () => {
    const dir = tempDir();
    const db = join(dir, 'cases.db');
    for (const file of [SALE, withoutCourt(), 'examples/en-gb-unpaid-invoice/case.json'])
      expect(runCli(['import', file, '--db', db]).status).toBe(0);
    const out = join(dir, 'out');
    const result = runCli([
      'letters',
      '--step',
      'complaint',
      '--case',
      '1',
      '2',
      '3',
      '--as-of',
      AS_OF,
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(result.status).toBe(1);
    // Progress goes to stderr too ("letters 1/1" off a terminal); the cases not filed are the other lines.
    const lines = result.stderr
      .trim()
      .split('\n')
      .filter((line) => !/^letters /.test(line));
    expect(lines).toHaveLength(2);
    // Case 2 is in Chinese (its language): the court and the type of case are missing.
    expect(lines[0]).toBe('案件 2（无法院的货款案）未能生成起诉状：缺少受理法院、案由，请在案件的诉讼文书中填写');
    expect(lines[1]).toBe(
      "case 3 (Harbour Lane Joinery v Okafor (unpaid invoices 2291, 2317)) not filed: the element-style complaint is for cases before PRC courts; make an English case's particulars of claim from its court filings",
    );

    const calc = JSON.parse(runCli(['calc', SALE, '--as-of', AS_OF, '--json']).stdout) as CaseCalculationJson;
    const folder = join(out, '0001-杭州明禾建材贸易有限公司');
    const complaint = pdfText(join(folder, '民事起诉状.pdf')).replace(/\s+/g, '');
    expect(complaint).toContain(`标的总额：人民币${formatGroupedCents(parseCents(calc.total))}元`);
    expect(existsSync(join(folder, '民事起诉状.docx'))).toBe(true);
    expect(existsSync(join(folder, '证据材料.pdf'))).toBe(true);
    const fees = readFileSync(join(out, `fees-${AS_OF}.csv`), 'utf8');
    expect(fees).toMatch(/小计（1 件）/);
    expect(result.stdout).toContain('1 complaint(s)');

    const english = runCli([
      'letters',
      '--step',
      'complaint',
      '--case',
      '2',
      '--lang',
      'en',
      '--as-of',
      AS_OF,
      '--out',
      join(dir, 'o2'),
      '--db',
      db,
    ]);
    expect(english.status).toBe(1);
    expect(english.stderr.trim().split('\n').at(-1)).toBe(
      "case 2 (无法院的货款案) not filed: it needs the court, the type of case: fill them in under the case's court filings",
    );
  });
});
