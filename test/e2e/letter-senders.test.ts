import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseIdByContract, pdfText, shotsFolder, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';
import { withoutJudgment } from '../support/without-judgment.js';

const tempDir = useTempDir();
const app = useApp();
const SALE = 'CC-2024-0312';
const PROPERTY = 'JY-WY-2019-0602';
const SHOTS = shotsFolder('editor');

describe.skipIf(app.missing)('senders, 函号 numbered per sender, letter date and deadline, open and print', () => {
  // The letters are dated the app's today, 2026-11-22: the examples without their judgments (in force from 2026-09-15
  // and 2026-08-03), whose 律师函 and 催款函 would otherwise be refused.
  beforeAll(() => {
    const store = app.server().store;
    for (const contract of [SALE, PROPERTY]) withoutJudgment(store, caseIdByContract(store, contract));
  });
  it('keeps two letterheads in Settings, and numbers each sender’s letters on its own', async () => {
    const settings = await app.open('#/settings', 'zh');
    const card = settings.locator('.senders');
    await card.getByLabel('类型').selectOption('creditor');
    await card.getByLabel('名称（印在信头）').fill('杭州明禾建材贸易有限公司');
    await card.getByLabel('电话').fill('0571-8800 1234');
    await card.getByLabel('地址（每行一项）').fill('杭州市余杭区良渚街道1号');
    await card.getByRole('button', { name: '添加发函主体' }).click();
    await expect.poll(() => card.locator('.sender-list li').count()).toBe(1);
    await card.getByLabel('类型').selectOption('law-firm');
    await card.getByLabel('名称（印在信头）').fill('浙江衡信律师事务所');
    await card.getByLabel('电话').fill('0571-8666 0002');
    await card.getByLabel('函号前缀').fill('衡信律函');
    await card.getByLabel('承办律师').fill('沈一鸣');
    await card.getByLabel('执业证号').fill('13301201910876543');
    await card.getByLabel('地址（每行一项）').fill('杭州市西湖区文三路2号');
    await card.getByRole('button', { name: '添加发函主体' }).click();
    await expect.poll(() => card.locator('.sender-list li').count()).toBe(2);
    expect(await card.locator('.sender-list').innerText()).toContain(
      '浙江衡信律师事务所 · 律师事务所 · 沈一鸣 (13301201910876543) · 衡信律函',
    );
    await card.screenshot({ path: join(SHOTS, 'senders-zh.png') });
    await settings.close();

    const page = await app.open(`#/case/${caseIdByContract(app.server().store, SALE)}`, 'zh');
    const preview = page.locator('.pdf-preview');
    await page.getByLabel('模板').selectOption('lawyer-letter');
    // The 律师函 goes out under the law firm, with its first number of the letter's year, before anything is typed.
    await expect
      .poll(() => page.getByLabel('函号（自动编号，可修改）').inputValue(), { timeout: 30_000 })
      .toBe('衡信律函〔2026〕第001号');
    expect(await page.getByLabel('发函主体').locator('option:checked').innerText()).toBe('浙江衡信律师事务所');
    expect(await page.getByLabel('函件日期').inputValue()).toBe('2026-11-22');
    expect(await page.getByLabel('付款期限（截止日）').inputValue()).toBe('2026-11-29');
    await page.getByLabel('函件日期').fill('2026-11-25');
    await page.getByLabel('付款期限（截止日）').fill('2026-12-10');
    await expect.poll(() => preview.getAttribute('data-pages'), { timeout: 30_000 }).not.toBe('0');
    await page.locator('.card.documents').screenshot({ path: join(SHOTS, 'letter-choices-zh.png') });
    const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PDF' }).click()]);
    expect(letter.suggestedFilename()).toBe('2026-11-25 律师函 杭州明禾建材贸易.pdf');
    const file = join(tempDir(), letter.suggestedFilename());
    await letter.saveAs(file);
    const text = pdfText(file).replace(/\s+/g, '');
    expect(text).toContain('衡信律函〔2026〕第001号');
    expect(text).toContain('浙江衡信律师事务所');
    expect(text).toContain('13301201910876543');
    expect(text).toContain('2026年12月10日');
    expect(text).toContain('2026年11月25日');

    // After the export: open and print the file in the browser's own PDF viewer.
    const done = page.locator('.exported');
    await expect.poll(() => done.innerText()).toContain('已导出：2026-11-25 律师函 杭州明禾建材贸易.pdf');
    const [tab] = await Promise.all([page.waitForEvent('popup'), done.getByRole('button', { name: '打印' }).click()]);
    expect(tab.url()).toMatch(/^blob:/);
    await tab.close();
    const [opened] = await Promise.all([page.waitForEvent('popup'), done.getByRole('button', { name: '打开' }).click()]);
    expect(opened.url()).toMatch(/^blob:/);
    await opened.close();
    await page.locator('.card.documents').screenshot({ path: join(SHOTS, 'letter-exported-zh.png') });

    // The 催款函 goes out under the creditor's own letterhead, numbered on its own.
    await page.getByLabel('模板').selectOption('demand-letter');
    await expect
      .poll(() => page.getByLabel('函号（自动编号，可修改）').inputValue(), { timeout: 30_000 })
      .toBe('〔2026〕第001号');
    expect(await page.getByLabel('发函主体').locator('option:checked').innerText()).toBe('杭州明禾建材贸易有限公司');
    await page.close();

    // Another case's 律师函 gets the firm's next number; asking for one already issued is refused with the next free one.
    const other = await app.open(`#/case/${caseIdByContract(app.server().store, PROPERTY)}`, 'zh');
    await other.getByLabel('模板').selectOption('lawyer-letter');
    const number = other.getByLabel('函号（自动编号，可修改）');
    await expect.poll(() => number.inputValue(), { timeout: 30_000 }).toBe('衡信律函〔2026〕第002号');
    await number.fill('衡信律函〔2026〕第001号');
    await number.blur();
    await expect.poll(() => other.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 30_000 }).not.toBe('0');
    await other.getByRole('button', { name: '导出 PDF' }).click();
    await expect
      .poll(() => other.locator('.documents .error').innerText(), { timeout: 30_000 })
      .toContain('函号 衡信律函〔2026〕第001号 已用于案件');
    expect(await other.locator('.documents .error').innerText()).toContain('下一个可用函号为 衡信律函〔2026〕第002号');
    const rows = app.server().store.db.prepare('SELECT letter_no AS no FROM letter_numbers ORDER BY rowid').all();
    expect(rows).toEqual([{ no: '衡信律函〔2026〕第001号' }]);
    await other.close();
  });

  it('offers the same choices in English, keyboard only', async () => {
    const page = await app.open(`#/case/${caseIdByContract(app.server().store, SALE)}`, 'en');
    const template = page.getByLabel('Template');
    await template.focus();
    await template.selectOption('lawyer-letter');
    const number = page.getByLabel('Reference (numbered automatically; can be changed)');
    await expect.poll(() => number.inputValue(), { timeout: 30_000 }).toBe('衡信律函〔2026〕第002号');
    // Tab walks from the template through both exports to the addressee, the sender, the date, the deadline and the
    // reference (a date field takes three stops: month, day and year).
    const order: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const label = (await page.evaluate(
        'document.activeElement?.closest("label")?.firstChild?.textContent ?? document.activeElement?.textContent',
      )) as string;
      if (order.at(-1) !== label) order.push(label);
    }
    expect(order.slice(0, 7)).toEqual([
      'Export PDF',
      'Export Word',
      'Addressed to',
      'Sender',
      'Letter date',
      'Pay by',
      'Reference (numbered automatically; can be changed)',
    ]);
    // The deadline typed by keyboard alone changes the letter.
    await page.getByLabel('Pay by').focus();
    await page.keyboard.type('12202026');
    await expect.poll(() => page.getByLabel('Pay by').inputValue()).toBe('2026-12-20');
    await page.locator('.card.documents').screenshot({ path: join(SHOTS, 'letter-choices-en.png') });
    await page.close();
  });
});
