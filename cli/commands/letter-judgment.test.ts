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
