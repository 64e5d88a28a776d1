import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseCalculationJson } from '../calc/calculate-case.js';
import { parseCents } from '../money/cents.js';
import { formatGroupedCents } from '../money/money.js';
import { runCli } from '../../test/support/cli.js';
import { pdfText } from '../../test/support/pdf-tools.js';
import { lacksTools } from '../../test/support/system-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();
// Before either example's judgment takes effect (sale: 2026-09-15; property fees: 调解书 2026-08-03): after it no
// complaint is made (民事诉讼法 第127条 第5项).
const AS_OF = '2026-07-31';
const EXAMPLES = ['zh-sale-of-goods', 'zh-property-fee'];

/** Text as a reader copies it out of the PDF, with line breaks and layout spaces gone. */
const flat = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(lacksTools('the complaint read-back', 'pdftotext'))('民事起诉状 (要素式) from the bundled examples', () => {
  it.each(EXAMPLES)('%s: the 诉讼请求 state the statement to the cent, the 证据清单 numbers the bundle’s 证据目录', (example) => {
    const folder = join('examples', example);
    const out = tempDir();
    const letter = runCli([
      'letter',
      join(folder, 'case.json'),
      '--template',
      'complaint',
      '--settings',
      join(folder, 'letter-settings.json'),
      '--as-of',
      AS_OF,
      '--out',
      out,
    ]);
    expect(letter.stderr).toBe('');
    const text = flat(pdfText(join(out, 'complaint.pdf')));
    const calc = JSON.parse(
      runCli(['calc', join(folder, 'case.json'), '--as-of', AS_OF, '--json']).stdout,
    ) as CaseCalculationJson;
    const grouped = (amount: string) => formatGroupedCents(parseCents(amount));

    expect(text).toContain(`支付欠款本金人民币${grouped(calc.outstanding)}元`);
    expect(text).toContain(`标的总额：人民币${grouped(calc.total)}元`);
    if (Number(calc.lateChargeOutstanding) > 0)
      expect(text).toContain(`暂计至2026年7月31日为人民币${grouped(calc.lateChargeOutstanding)}元`);
    expect(text).toContain('本案诉讼费用由被告负担');
    expect(text).toMatch(/此致.*人民法院/);

    const bundle = join(out, 'bundle.pdf');
    expect(runCli(['bundle', join(folder, 'case.json'), '--out', bundle]).status).toBe(0);
    const index = flat(pdfText(bundle));
    const evidence = (JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as { evidence: { title: string }[] }).evidence;
    evidence.forEach((e, i) => {
      // 序号 then the title, in the complaint's 证据清单 and in the bundle's 证据目录 alike.
      expect(text).toContain(`${i + 1}${flat(e.title)}`);
      expect(index).toContain(`${i + 1}${flat(e.title)}`);
    });
  });

  it('leaves what the case does not say as a visible blank, never an invented fact', () => {
    const out = tempDir();
    runCli(['letter', 'examples/zh-sale-of-goods/case.json', '--template', 'complaint', '--as-of', AS_OF, '--out', out]);
    const text = flat(pdfText(join(out, 'complaint.pdf')));
    expect(text).toContain('职务：＿＿＿＿'); // no 职务 for either company's representative in the example
    expect(text).toContain('是否已经诉前保全：否');
    expect(text).toContain('实现债权的费用：无');
  });

  it('refuses a case with no court chosen, naming what is missing', () => {
    const data = JSON.parse(readFileSync('examples/zh-sale-of-goods/case.json', 'utf8')) as Record<string, unknown>;
    delete data.filing;
    delete data.$schema;
    data.evidence = [];
    data.mailings = [];
    data.events = [];
    const file = join(tempDir(), 'case.json');
    writeFileSync(file, JSON.stringify(data));
    const result = runCli(['letter', file, '--template', 'complaint', '--as-of', AS_OF, '--out', tempDir()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('filing.court');
  });
});
