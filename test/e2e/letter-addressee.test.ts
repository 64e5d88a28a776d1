import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseIdByContract, pdfText, shotsFolder, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const app = useApp();
const SALE = 'CC-2024-0312';
const SHOTS = shotsFolder('legal');

describe.skipIf(app.missing)('the addressee of a letter and a courier bundle without the letter kept', () => {
  it('writes the 催款函 to the guarantor when the guarantor is chosen, demanding the guarantee', async () => {
    const page = await app.open(`#/case/${caseIdByContract(app.server().store, SALE)}`, 'zh');
    // Dated the day before the example's judgment took effect (2026-09-15): after it no 催款函 is made.
    await page.getByLabel('函件日期').fill('2026-09-14');
    await page.getByLabel('函件日期').blur();
    await page.getByLabel('模板').selectOption('demand-letter');
    await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 30_000 }).not.toBe('0');
    const addressee = page.getByLabel('致函对象');
    expect(await addressee.locator('option').allInnerTexts()).toEqual(['杭州明禾建材贸易有限公司 · 债务人', '周立新 · 保证人']);
    await addressee.selectOption({ label: '周立新 · 保证人' });
    await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 30_000 }).not.toBe('0');
    await page.locator('.card.documents').screenshot({ path: join(SHOTS, 'addressee-guarantor-zh.png') });
    const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PDF' }).click()]);
    const file = join(tempDir(), letter.suggestedFilename());
    await letter.saveAs(file);
    const text = pdfText(file).replace(/\s+/g, '');
    // Addressed to the guarantor, who guaranteed the debtor's payment (民法典 第688条), not as if it were the buyer.
    expect(text).toContain('周立新：');
    expect(text).toContain('为债务人在该合同项下对我司的付款义务提供连带责任保证');
    expect(text).toContain('第六百八十八条、第六百九十一条');
    expect(text).toContain('承担连带保证责任');
    await page.close();
  });

  it('refuses a courier bundle with no copy of the letter kept, and marks a reconstruction when asked', async () => {
    const page = await app.open(`#/case/${caseIdByContract(app.server().store, SALE)}`, 'zh');
    const button = page.getByRole('button', { name: '导出邮寄送达证据 1151234567890' });
    await button.click();
    await expect
      .poll(() => page.locator('.bundles').getByRole('alert').innerText(), { timeout: 60_000 })
      .toContain('邮件 m1 没有留存寄出的信件。请在邮寄记录中附上寄出的 PDF，或勾选“未留存寄出信件时重新生成”');
    await page.getByLabel('未留存寄出信件时重新生成（每页标明“重新生成件”）').check();
    const [bundle] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), button.click()]);
    const file = join(tempDir(), bundle.suggestedFilename());
    await bundle.saveAs(file);
    await page.locator('.card.bundles').screenshot({ path: join(SHOTS, 'courier-reconstructed-zh.png') });
    const text = pdfText(file)
      .split('\f')
      .map((p) => p.replace(/\s+/g, ''));
    const pages = text.filter((p) => p !== '');
    // The summary names the letter's source; every page after it, the letter, waybill and tracking alike, is marked.
    expect(pages[0]).toContain('信件来源：重新生成件：根据案件数据重新生成，并非寄出原件');
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages.slice(1)) expect(p).toContain('重新生成件：本册信件根据案件数据重新生成，并非寄出原件');
    expect(pages[1]).toContain('催款函杭州明禾建材贸易有限公司（法定代表人：陈建）：');
    expect(await page.locator('.bundles').innerText()).toContain('未留存寄出的信件：本册信件为重新生成件，并非寄出原件');
    await page.close();
  });
});
