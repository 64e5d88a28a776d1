import { describe, expect, it } from 'vitest';
import { caseIdByContract, shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('legal');
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(app.missing)('the statement panel: payments as applied, fixed sums, totals from lines, days left', () => {
  it('shows how each payment of the Chinese example was applied (第560条 then 第561条) and the order used', async () => {
    const id = caseIdByContract(app.server().store, 'CC-2024-0312');
    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open(`#/case/${id}`, lang);
      await page.locator('table.payment-application').waitFor();
      const rows = flat(await page.locator('table.payment-application').innerText());
      // 2024-06-28 ¥80,000 named no invoice: the earliest due (INV-2024-0415) took it, its charge first.
      expect(rows).toContain(
        lang === 'zh' ? 'INV-2024-0415 · 违约金/利息 ¥4,100.80' : 'INV-2024-0415 · interest / late charge ¥4,100.80',
      );
      expect(rows).toContain(lang === 'zh' ? 'INV-2024-0415 · 本金 ¥75,899.20' : 'INV-2024-0415 · principal ¥75,899.20');
      expect(rows).toContain(lang === 'zh' ? 'INV-2024-0620 · 本金 ¥41,420.95' : 'INV-2024-0620 · principal ¥41,420.95');
      expect(rows).toContain(lang === 'zh' ? '债务人指定' : 'named by the debtor');
      const panel = flat(await page.locator('.case').innerText());
      expect(panel).toContain(
        lang === 'zh' ? '违约金视为“利息”——各地法院认识不一' : 'The contractual penalty is treated as interest; courts differ',
      );
      expect(panel).toContain(lang === 'zh' ? '计算截至 2026-11-22' : 'Calculated as of 2026-11-22');
      // principal + charge lines − paid = total: 338,410.50 + 101,380.90 − 130,000.00 = 309,791.40.
      for (const figure of ['¥338,410.50', '¥101,380.90', '−¥130,000.00', '¥309,791.40']) expect(panel).toContain(figure);
      await page.screenshot({ path: `${SHOTS}/statement-zh-sale-${lang}.png`, fullPage: true });
      await page.close();
    }
  });

  it('lists the en-GB fixed sums (s.5A) as lines of the statement, and their sum in the totals', async () => {
    const id = caseIdByContract(app.server().store, 'PO-7731');
    for (const lang of ['zh', 'en'] as const) {
      const page = await app.open(`#/case/${id}`, lang);
      await page.locator('table.statement').waitFor();
      const statement = flat(await page.locator('table.statement').innerText());
      const fixed =
        lang === 'zh' ? '固定补偿金（英国《商业债务逾期付款（利息）法》第5A条）' : 'Fixed sum (Late Payment Act s.5A)';
      expect(statement).toContain(`INV-2291 ${fixed} £70.00`);
      expect(statement).toContain(`INV-2317 ${fixed} £70.00`);
      const panel = flat(await page.locator('.case').innerText());
      // 9,915.50 + 598.37 + 140.00 − 2,000.00 = 8,653.87.
      for (const figure of ['£9,915.50', '£598.37', '£140.00', '−£2,000.00', '£8,653.87']) expect(panel).toContain(figure);
      await page.screenshot({ path: `${SHOTS}/statement-en-gb-${lang}.png`, fullPage: true });
      await page.close();
    }
  });
});
