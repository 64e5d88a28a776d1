import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rateLists } from '../../core/api/rates-handlers.js';
import { calculateCase } from '../../core/calc/calculate-case.js';
import { makeCase } from '../../core/calc/case-fixture.js';
import { formatCents } from '../../core/money/cents.js';
import { shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();

/** 100,000 due 2026-01-31 at 1.5 × the floating LPR on a 360-day year: it reads every LPR to 2026-04-30. */
const lprCase = makeCase({
  lateCharge: { kind: 'lpr', multiplier: '1.5', basis: 360, mode: 'floating' },
  claims: [{ id: 'c1', description: '货款', amount: '100000.00', dueDate: '2026-01-31' }],
});

const csv = (rows: string[]) => ({ mimeType: 'text/csv', buffer: Buffer.from(['date,rate,source', ...rows].join('\n')) });

describe.skipIf(app.missing)('Settings › Rates: importing a rate file', () => {
  it('refuses a file with a bad row, naming it, and imports a good one that the calculations then use', async () => {
    const page = await app.open('#/settings', 'zh');
    const card = page.locator('section.rates');
    await expect.poll(() => card.innerText()).toContain('内置数据截至 2026-02-19');
    await card.locator('select[name=rate-series]').selectOption('lpr');
    const file = card.locator('input[name=rate-file]');
    await file.setInputFiles({ name: 'lpr-bad.csv', ...csv(['2026-03-20,2.8,中国货币网', '2026-04-20,28,中国货币网']) });
    await expect.poll(() => card.getByRole('alert').innerText()).toContain('lpr-bad.csv 第 3 行');
    expect(rateLists(app.server().store)[0]!.added).toEqual([]); // all or nothing
    await card.screenshot({ path: join(shotsFolder('legal'), 'rates-import-refused-zh.png') });

    await file.setInputFiles({ name: 'lpr.csv', ...csv(['2026-03-20,2.8,中国货币网', '2026-04-20,2.7,中国货币网']) });
    await expect
      .poll(() => card.locator('.ok').innerText())
      .toBe('已从 lpr.csv 导入 2 个数值（一年期贷款市场报价利率（LPR））。');
    await expect.poll(() => card.locator('.rate-series-lpr table').innerText()).toMatch(/2026-04-20\s+2\.7\s+中国货币网/);
    await card.screenshot({ path: join(shotsFolder('legal'), 'rates-import-zh.png') });
    // 587.50 at 4.5 % to 03-19 (47 days); 100,000 × 4.2 % × 31 / 360 = 361.67 to 04-19; × 4.05 % × 11 / 360 = 123.75.
    expect(formatCents(calculateCase(lprCase, '2026-04-30', 'en').lateCharge)).toBe('1072.92');
    await page.close();

    const en = await app.open('#/settings', 'en');
    const enCard = en.locator('section.rates');
    await expect.poll(() => enCard.innerText()).toContain('Import a file…');
    await enCard.locator('input[name=rate-file]').setInputFiles({ name: 'lpr.csv', ...csv(['2026-04-20,2.7,chinamoney']) });
    await expect.poll(() => enCard.getByRole('alert').innerText()).toContain('lpr.csv row 2');
    await enCard.screenshot({ path: join(shotsFolder('legal'), 'rates-import-en.png') });
    await en.close();
  });
});
