import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../../core/api/handlers.js';
import { caseIdByContract, shotsFolder, useApp } from '../support/app-page.js';
import { withoutJudgment } from '../support/without-judgment.js';

const app = useApp();
const SHOTS = shotsFolder('editor');
const SALE = 'CC-2024-0312';

/** Counts the previews the page asks core for, so a test can see a half-typed date asks for none. */
function countPreviews(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api') && request.postData()?.includes('"letters/preview"'))
      count += 1;
  });
  return () => count;
}

describe.skipIf(app.missing)('the letter’s dates and 函号 as a user types and switches', () => {
  beforeAll(async () => {
    // The letters are dated the app's today, 2026-11-22: the example without its judgment (in force from 2026-09-15),
    // whose 催款函 and 律师函 would otherwise be refused.
    withoutJudgment(app.server().store, caseIdByContract(app.server().store, SALE));
    await callApi({ store: app.server().store, today: () => '2026-11-22' }, 'settings/update', {
      senders: [
        { id: 'own', kind: 'creditor', name: '上海澄川机电设备有限公司', lines: ['上海市浦东新区川沙路1288号'] },
        {
          id: 'firm',
          kind: 'law-firm',
          name: '江苏申衡律师事务所',
          lines: ['南京市鼓楼区汉中路2号'],
          lawyer: { name: '周明', licenseNo: '13201201810123456' },
          prefix: '申衡律函',
        },
      ],
    });
  });

  it('checks the deadline only once it is whole, typed segment by segment (en)', async () => {
    const page = await app.open(`#/case/${caseIdByContract(app.server().store, SALE)}`, 'en');
    const previews = countPreviews(page);
    await page.getByLabel('Template').selectOption('demand-letter');
    const deadline = page.getByLabel('Pay by');
    await expect.poll(() => deadline.inputValue(), { timeout: 60_000 }).toBe('2026-11-29');
    await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 60_000 }).not.toBe('0');
    let before = previews();

    // Focus lands on the deadline's first segment (the month, in this browser's en-US order); after two digits the
    // caret moves on to the day, as the screenshot shows.
    await deadline.focus();
    await page.keyboard.type('12');
    await page.locator('.letter-choices').screenshot({ path: join(SHOTS, 'deadline-typing-month-en.png') });
    // Paused on 2026-12-29, a whole date: that one is checked; what follows is typed without a pause.
    await expect.poll(previews, { timeout: 30_000 }).toBe(before + 1);
    await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 60_000 }).not.toBe('0');
    before = previews();
    await page.keyboard.type('20');
    await page.keyboard.type('2');
    // The year so far is 0002: no preview is asked for, and no error is shown for a date still being typed.
    await page.locator('.letter-choices').screenshot({ path: join(SHOTS, 'deadline-typing-year-en.png') });
    expect(await deadline.inputValue()).toBe('0002-12-20');
    await page.waitForTimeout(500);
    expect(previews()).toBe(before);
    expect(await page.locator('.documents .error').count()).toBe(0);
    await page.keyboard.type('026');
    await expect.poll(() => deadline.inputValue()).toBe('2026-12-20');
    await expect.poll(previews, { timeout: 30_000 }).toBe(before + 1);
    await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 60_000 }).not.toBe('0');
    expect(await page.locator('.documents .error').count()).toBe(0);

    await page.close();
  });

  it('checks a half-typed letter date when the field is left, not before (zh)', async () => {
    const page = await app.open(`#/case/${caseIdByContract(app.server().store, SALE)}`, 'zh');
    const previews = countPreviews(page);
    await page.getByLabel('模板').selectOption('demand-letter');
    const date = page.getByLabel('函件日期');
    await expect.poll(() => date.inputValue(), { timeout: 60_000 }).toBe('2026-11-22');
    await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 60_000 }).not.toBe('0');
    const before = previews();
    await date.focus();
    await page.keyboard.type('1125');
    await page.keyboard.type('20');
    await page.locator('.letter-choices').screenshot({ path: join(SHOTS, 'letter-date-typing-zh.png') });
    expect(await date.inputValue()).toBe('0020-11-25');
    await page.waitForTimeout(500);
    expect(previews()).toBe(before);
    // Leaving the field with the year half-typed asks core then, once; the year typed whole asks again.
    await page.getByLabel('付款期限（截止日）').focus();
    await expect.poll(previews, { timeout: 30_000 }).toBe(before + 1);
    await date.focus();
    await page.keyboard.type('11252026');
    await expect.poll(() => date.inputValue()).toBe('2026-11-25');
    await expect.poll(previews, { timeout: 30_000 }).toBe(before + 2);
    await expect.poll(() => page.getByLabel('付款期限（截止日）').inputValue(), { timeout: 60_000 }).toBe('2026-12-02');
    await page.close();
  });

  it('gives the chosen sender’s 函号 after the template or the sender is switched', async () => {
    const page = await app.open(`#/case/${caseIdByContract(app.server().store, SALE)}`, 'zh');
    const number = page.getByLabel('函号（自动编号，可修改）');
    const sender = page.getByLabel('发函主体');
    await page.getByLabel('模板').selectOption('demand-letter');
    await expect.poll(() => number.inputValue(), { timeout: 60_000 }).toBe('〔2026〕第001号');
    await sender.selectOption('firm');
    expect(await number.inputValue()).not.toBe('〔2026〕第001号');
    await expect.poll(() => number.inputValue(), { timeout: 60_000 }).toBe('申衡律函〔2026〕第001号');
    await sender.selectOption('own');
    await expect.poll(() => number.inputValue(), { timeout: 60_000 }).toBe('〔2026〕第001号');
    // Another template starts again from its own sender (a law firm for a 律师函): the old number goes at once.
    await page.getByLabel('模板').selectOption('lawyer-letter');
    // Empty until the firm's number arrives, or that number already: never the old sender's.
    expect(await number.inputValue()).not.toBe('〔2026〕第001号');
    await expect.poll(() => number.inputValue(), { timeout: 60_000 }).toBe('申衡律函〔2026〕第001号');
    expect(await sender.inputValue()).toBe('firm');
    await page.locator('.card.documents').screenshot({ path: join(SHOTS, 'letter-no-follows-sender-zh.png') });
    await page.close();
  });
});
