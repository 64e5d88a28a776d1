import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseCalculationJson } from '../../core/calc/calculate-case.js';
import { parse } from 'csv-parse/sync';
import { formatGroupedCents } from '../../core/money/money.js';
import { parseCents } from '../../core/money/cents.js';
import { runCli } from '../../test/support/cli.js';
import { pdfText } from '../../test/support/pdf-tools.js';
import { lacksTools } from '../../test/support/system-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();
const AS_OF = '2026-11-30';
const SALE = 'examples/zh-sale-of-goods/case.json';
const ENGLISH = 'examples/en-gb-unpaid-invoice/case.json';

/** The sale-of-goods example, files and all, before its judgment: at the suit step. */
function beforeJudgment(): string {
  const folder = join(tempDir(), 'sale');
  cpSync('examples/zh-sale-of-goods', folder, { recursive: true });
  const file = join(folder, 'case.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { filing: Record<string, unknown> };
  delete data.filing.judgment;
  writeFileSync(file, JSON.stringify(data));
  return file;
}

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
  it('makes the complaints (an en-GB case: particulars of claim), bundles and fee list by court, and names each case it cannot file on a line of its own', () => {
    const dir = tempDir();
    const db = join(dir, 'cases.db');
    const sale = beforeJudgment();
    // Case 4 holds its judgment (the example as shipped): its next step is enforcement, never a second suit.
    for (const file of [sale, withoutCourt(), ENGLISH, SALE]) expect(runCli(['import', file, '--db', db]).status).toBe(0);
    const out = join(dir, 'out');
    const result = runCli([
      'letters',
      '--step',
      'complaint',
      '--case',
      '1',
      '2',
      '3',
      '4',
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
    // Case 2 is in Chinese (its language): the court, why it may hear the case and the type of case are missing.
    expect(lines[0]).toBe('案件 2（无法院的货款案）未能生成起诉状：缺少受理法院、管辖依据、案由，请在案件的诉讼文书中填写');
    expect(lines[1]).toMatch(/^案件 4（.+）未能生成起诉状：本案已有生效法律文书：下一步是申请强制执行，而不是再次起诉$/);
    expect(readdirSync(out).filter((name) => name.startsWith('0004-'))).toEqual([]);

    const calc = JSON.parse(runCli(['calc', sale, '--as-of', AS_OF, '--json']).stdout) as CaseCalculationJson;
    const folder = join(out, '0001-杭州明禾建材贸易有限公司');
    const complaint = pdfText(join(folder, '民事起诉状.pdf')).replace(/\s+/g, '');
    expect(complaint).toContain(`标的总额：人民币${formatGroupedCents(parseCents(calc.total))}元`);
    expect(existsSync(join(folder, '民事起诉状.docx'))).toBe(true);
    expect(existsSync(join(folder, '证据材料.pdf'))).toBe(true);
    // Case 3 is English: particulars of claim headed for the Money Claims Centre (no hearing centre named), with the
    // claim number left for the court, and the County Court issue fee on what they claim in the fee list.
    const english = readdirSync(out).find((name) => name.startsWith('0003-'))!;
    const particulars = pdfText(join(out, english, 'particulars-of-claim.pdf')).replace(/\s+/g, ' ');
    expect(particulars).toContain('IN THE COUNTY COURT MONEY CLAIMS CENTRE');
    expect(particulars).toMatch(/Claim No\. \.+ \(to be given by the court on issue\)/);
    expect(particulars).toContain('Harbour Lane Joinery Ltd');
    expect(existsSync(join(out, english, 'particulars-of-claim.docx'))).toBe(true);
    const issue = JSON.parse(runCli(['fees', ENGLISH, '--as-of', AS_OF, '--json']).stdout) as {
      amount: string;
      issueFee: string;
    };
    expect(particulars).toContain(`Total £${formatGroupedCents(parseCents(issue.amount))}`);
    const fees = parse(readFileSync(join(out, `fees-${AS_OF}.csv`), 'utf8'), { bom: true }) as string[][];
    expect(fees.map((r) => [r[0], r[1], r[4], r[5], r[6]])).toContainEqual([
      'County Court Money Claims Centre',
      '3',
      issue.amount,
      issue.issueFee,
      'GBP',
    ]);
    expect(fees.map((r) => r[0])).toContain('County Court Money Claims Centre 小计（1 件）');
    expect(result.stdout).toContain('2 complaint(s)');

    const inEnglish = runCli([
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
    expect(inEnglish.status).toBe(1);
    expect(inEnglish.stderr.trim().split('\n').at(-1)).toBe(
      "case 2 (无法院的货款案) not filed: it needs the court, why the court may hear the case, the type of case: fill them in under the case's court filings",
    );
  });
});
