import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rateLists } from '../../core/api/rates-handlers.js';
import { calculateCase } from '../../core/calc/calculate-case.js';
import { makeCase } from '../../core/calc/case-fixture.js';
import { formatCents } from '../../core/money/cents.js';
import { SHOTS, shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();

/** 100,000 due 2026-01-31 at 1.5 × the floating LPR on a 360-day year: it reads every LPR to 2026-04-30. */
const lprCase = makeCase({
  lateCharge: { kind: 'lpr', multiplier: '1.5', basis: 360, mode: 'floating' },
  claims: [{ id: 'c1', description: '货款', amount: '100000.00', dueDate: '2026-01-31' }],
});

describe.skipIf(app.missing)('Settings › Rates', () => {
  it('adds an LPR the calculations then use, and words a refusal in the interface’s language', async () => {
    // 4.5% for all 89 days before: 100000 × 0.045 × 89/360 = 1112.50.
    expect(formatCents(calculateCase(lprCase, '2026-04-30', 'en').lateCharge)).toBe('1112.50');
    const page = await app.open('#/settings', 'zh');
    const card = page.locator('section.rates');
    await expect.poll(() => card.innerText()).toContain('内置数据截至 2026-02-19，最后一个数值为 3%（自 2025-05-20 起）');
    await card.locator('select[name=rate-series]').selectOption('lpr');
    await card.locator('input[name=rate-date]').fill('2026-03-20');
    await card.locator('input[name=rate-rate]').fill('28');
    await card.locator('input[name=rate-source]').fill('中国货币网 2026-03-20 公告');
    await card.getByRole('button', { name: '添加' }).click();
    await expect
      .poll(() => card.getByRole('alert').innerText())
      .toContain('28% 不在一年期LPR的合理范围 1%–20% 内（以百分数填写：3.05 表示 3.05%）');
    await card.locator('input[name=rate-rate]').fill('2.8');
    await card.getByRole('button', { name: '添加' }).click();
    await expect
      .poll(() => card.locator('.rate-series-lpr table').innerText())
      .toMatch(/2026-03-20\s+2\.8\s+中国货币网 2026-03-20 公告/);
    await expect.poll(() => card.locator('.ok').innerText()).toBe('已添加：一年期贷款市场报价利率（LPR） 2026-03-20 2.8%');
    expect(await card.getByRole('alert').count()).toBe(0);
    await card.screenshot({ path: join(SHOTS, 'rates-zh.png') });
    await card.screenshot({ path: join(shotsFolder('legal'), 'rates-zh.png') });
    expect(rateLists(app.server().store)[0]!.added).toEqual([
      { date: '2026-03-20', rate: '2.8', source: '中国货币网 2026-03-20 公告' },
    ]);

    // The calculation now reads it: 587.50 at 4.5% to 03-19, 490.00 at 4.2% from 03-20; the warning names only
    // the days after what the 03-20 value vouches for (to 04-19).
    const after = calculateCase(lprCase, '2026-04-30', 'en');
    expect(formatCents(after.lateCharge)).toBe('1077.50');
    expect(after.warnings.join()).toMatch(/^no 1-year LPR is recorded from 2026-04-20 to 2026-04-30/);
    await page.close();

    const en = await app.open('#/settings', 'en');
    const enCard = en.locator('section.rates');
    await expect.poll(() => enCard.innerText()).toContain('Built-in data complete through 2026-02-19');
    await enCard.locator('input[name=rate-date]').fill('2026-03-20');
    await enCard.locator('input[name=rate-rate]').fill('2.9');
    await enCard.locator('input[name=rate-source]').fill('chinamoney.com.cn');
    await enCard.getByRole('button', { name: 'Add' }).click();
    await expect
      .poll(() => enCard.getByRole('alert').innerText())
      .toContain('A 1-year LPR value for 2026-03-20 is already added; remove it first to change it.');
    await enCard.screenshot({ path: join(shotsFolder('legal'), 'rates-en.png') });
    await enCard.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => enCard.locator('.rate-series-lpr').innerText()).toContain('None added.');
    expect(formatCents(calculateCase(lprCase, '2026-04-30', 'en').lateCharge)).toBe('1112.50');
    await en.close();
  });
});
