import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();
const SALE = 'examples/zh-sale-of-goods/case.json'; // its judgment is in force from 2026-09-15

describe('casepack letter: no 催款函 once the judgment is in force', () => {
  it.each([
    [
      'zh',
      /^错误：不能出具催款函：本案的民事判决书已于 2026-09-15 生效（案号：（2026）浙0105民初4521号），函件日期 2026-11-22 时.+申请强制执行（民事诉讼法第二百四十七条）/,
    ],
    [
      'en',
      /^error: Demand letter not made: the case's judgment \(（2026）浙0105民初4521号\) took effect on 2026-09-15, so on the letter date 2026-11-22 .+enforce it \(Civil Procedure Law art\. 247\)/,
    ],
  ])('says why in one line (--lang %s), exits 1 and writes nothing', (lang, line) => {
    const out = join(tempDir(), 'out');
    const result = runCli(['letter', SALE, '--template', 'demand-letter', '--as-of', '2026-11-22', '--lang', lang, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(line)]);
    expect(existsSync(out)).toBe(false);
  });

  it('writes the letter dated the day before the judgment takes effect', () => {
    const out = join(tempDir(), 'out');
    const result = runCli(['letter', SALE, '--template', 'demand-letter', '--as-of', '2026-09-14', '--out', out]);
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'demand-letter.pdf'))).toBe(true);
  });
});

describe('casepack letter: no suit paper once the judgment is in force (民事诉讼法 第127条 第5项)', () => {
  it.each([
    [
      'complaint',
      'zh',
      /^错误：不能出具民事起诉状（要素式）：本案的民事判决书已于 2026-09-15 生效（案号：（2026）浙0105民初4521号），文书日期 2026-09-15 时.+不再起诉（民事诉讼法第一百二十七条第五项），下一步是申请强制执行（民事诉讼法第二百四十七条）。$/,
    ],
    ['payment-order-application', 'zh', /^错误：不能出具支付令申请书：本案的民事判决书已于 2026-09-15 生效/],
    ['preservation-application', 'zh', /^错误：不能出具财产保全申请书：本案的民事判决书已于 2026-09-15 生效/],
    [
      'complaint',
      'en',
      /^error: Civil complaint \(itemised form\) not made: the case's judgment \(（2026）浙0105民初4521号\) took effect on 2026-09-15, so on the paper's date 2026-09-15 .+not sued on again \(Civil Procedure Law art\. 127\(5\)\); the next step is to enforce it \(Civil Procedure Law art\. 247\)\.$/,
    ],
    ['payment-order-application', 'en', /^error: Application for a payment order not made: /],
    ['preservation-application', 'en', /^error: Application to preserve property not made: /],
  ])('%s on the effective day: one line (--lang %s), exit 1, nothing written', (template, lang, line) => {
    const out = join(tempDir(), 'out');
    const result = runCli(['letter', SALE, '--template', template, '--as-of', '2026-09-15', '--lang', lang, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(line)]);
    expect(existsSync(out)).toBe(false);
  });

  it.each(['complaint', 'payment-order-application', 'preservation-application'])(
    '%s dated the day before the judgment takes effect is made',
    (template) => {
      const out = join(tempDir(), 'out');
      const result = runCli(['letter', SALE, '--template', template, '--as-of', '2026-09-14', '--out', out, '--format', 'pdf']);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(existsSync(join(out, `${template}.pdf`))).toBe(true);
    },
  );
});
