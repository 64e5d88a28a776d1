import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAppSettings } from '../../core/settings/settings-store.js';
import { getCase } from '../../core/store/read-cases.js';
import { caseIdByContract, pdfText, SHOTS, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const app = useApp();
const SALE = 'CC-2024-0312';
const LOGO = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082',
  'hex',
);

describe.skipIf(app.missing)('settings and the collection log', () => {
  it('stores a letterhead that the exported letter carries', async () => {
    const page = await app.open('#/settings', 'zh');
    await page.locator('input[name=letterheadName]').fill('上海申衡律师事务所（信头测试）');
    await page.locator('textarea[name=letterheadLines]').fill('上海市黄浦区中山东一路18号9楼\n电话 021-63210000');
    await page.locator('input[name=lawyerName]').fill('林嘉怡');
    await page.locator('input[name=lawyerLicenseNo]').fill('13101201910123456');
    await page.locator('input[name=accountBank]').fill('招商银行上海分行');
    await page.locator('input[name=accountName]').fill('上海澄川机电设备有限公司');
    await page.locator('input[name=accountNumber]').fill('121909876510001');
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.settings .ok').waitFor();
    await page.getByLabel('上传标志（PNG/JPEG）').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO });
    await page.locator('img.logo').waitFor();
    await page.screenshot({ path: join(SHOTS, 'settings-zh.png'), fullPage: true });
    expect(readAppSettings(app.server().store)).toMatchObject({
      letterhead: {
        name: '上海申衡律师事务所（信头测试）',
        lines: ['上海市黄浦区中山东一路18号9楼', '电话 021-63210000'],
        logo: { type: 'image/png' },
      },
      lawyer: { name: '林嘉怡', licenseNo: '13101201910123456' },
    });
    await page.close();

    const en = await app.open('#/settings', 'en');
    await expect.poll(() => en.locator('input[name=letterheadName]').inputValue()).toBe('上海申衡律师事务所（信头测试）');
    await en.screenshot({ path: join(SHOTS, 'settings-en.png'), fullPage: true });
    await en.close();

    const letterPage = await app.open(`#/case/${caseIdByContract(app.server().store, SALE)}`, 'zh');
    // Dated before the example's judgment took effect (2026-09-15): no 催款函 is made after it (民事诉讼法 第247条).
    await letterPage.getByLabel('函件日期').fill('2026-09-14');
    await letterPage.getByLabel('函件日期').blur();
    await letterPage.getByLabel('模板').selectOption('demand-letter');
    await expect.poll(() => letterPage.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 30_000 }).not.toBe('0');
    const [letter] = await Promise.all([
      letterPage.waitForEvent('download'),
      letterPage.getByRole('button', { name: '导出 PDF' }).click(),
    ]);
    const file = join(tempDir(), letter.suggestedFilename());
    await letter.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain('上海申衡律师事务所（信头测试）');
    expect(text).toContain('中山东一路18号9楼');
    await letterPage.close();
  });

  it('adds a promise to pay to the collection log', async () => {
    const id = caseIdByContract(app.server().store, SALE);
    const page = await app.open(`#/case/${id}`, 'en');
    await page.getByRole('button', { name: '+ Add entry' }).click();
    await page.locator('input[name=eventDate]').fill('2026-11-20');
    await page.locator('select[name=eventKind]').selectOption('promise-to-pay');
    await page.locator('input[name=eventBy]').fill('Li Cuishou');
    await page.locator('input[name=eventNote]').fill('Called the finance manager');
    await page.locator('input[name=promiseAmount]').fill('50000.00');
    await page.locator('input[name=promiseDueOn]').fill('2026-12-15');
    await page.locator('.event-form').screenshot({ path: join(SHOTS, 'event-form-en.png') });
    await page.getByRole('button', { name: 'Add entry', exact: true }).click();
    await expect.poll(() => page.locator('.timeline').innerText()).toContain('Called the finance manager');
    const shown = await page.locator('.timeline li.event-promise-to-pay').innerText();
    expect(shown).toMatch(/Promise to pay[\s\S]*Li Cuishou[\s\S]*¥50,000\.00 → 2026-12-15/);
    expect(getCase(app.server().store, id).data.events.at(-1)).toEqual({
      date: '2026-11-20',
      kind: 'promise-to-pay',
      party: 0,
      by: 'Li Cuishou',
      note: 'Called the finance manager',
      promise: { amount: '50000.00', dueOn: '2026-12-15' },
    });
    await page.close();
  });

  it('records a mailing, with the address of the debtor it went to', async () => {
    const id = caseIdByContract(app.server().store, SALE);
    const before = getCase(app.server().store, id).data.mailings.length;
    const page = await app.open(`#/case/${id}`, 'en');
    await page.getByRole('button', { name: '+ Add mailing' }).click();
    await page.locator('input[name=mailing-trackingNo]').fill('1159876543210');
    await page.locator('input[name=mailing-sentOn]').fill('2026-11-21');
    await page.locator('select[name=mailing-status]').selectOption('delivered');
    await page.locator('input[name=mailing-deliveredOn]').fill('2026-11-23');
    await page.getByRole('button', { name: 'Add mailing', exact: true }).click();
    await expect.poll(() => page.locator('.mailings').innerText()).toContain('1159876543210');
    const { debtors, mailings } = getCase(app.server().store, id).data;
    expect(mailings).toHaveLength(before + 1);
    expect(mailings.at(-1)).toMatchObject({
      document: 'demand-letter',
      carrier: 'EMS',
      trackingNo: '1159876543210',
      sentOn: '2026-11-21',
      to: 0,
      address: debtors[0]!.address,
      status: 'delivered',
      deliveredOn: '2026-11-23',
    });
    await page.close();
  });
});
