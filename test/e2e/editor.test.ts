import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCase } from '../../core/store/read-cases.js';
import { pdfText, SHOTS, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const app = useApp();
const shots = join(SHOTS, 'editor');
mkdirSync(shots, { recursive: true });

/** One labelled field inside a group (a party, a claim, a payment) or the whole form. */
const field = (scope: Locator | Page, label: string) => scope.getByLabel(label, { exact: true });

/** A figure of the statement's totals as the screen shows it (`¥175,500.00`), found by its heading. */
async function total(page: Page, heading: string): Promise<string> {
  const dd = page.locator('dl.totals dt', { hasText: new RegExp(`^${heading}$`) }).locator('xpath=following-sibling::dd[1]');
  await dd.waitFor();
  return (await dd.innerText()).trim();
}

/** Pence as the screen shows them: 342155 → `£3,421.55`. */
const pounds = (pence: number) => `£${Math.floor(pence / 100).toLocaleString('en-GB')}.${String(pence % 100).padStart(2, '0')}`;

/** `¥175,500.00` or `£1,200.00` → `175500.00`. */
const plain = (figure: string) => figure.replace(/[^\d.]/g, '');

describe.skipIf(app.missing)('the case editor', () => {
  it('takes a zh-CN case typed from nothing to a 催款函 whose figures are the statement’s, then edits, undoes and restores a payment', async () => {
    const page = await app.open('#/', 'zh');
    await page.getByRole('button', { name: '新建案件' }).click();
    const form = page.locator('form.case-editor');
    await field(form, '案件名称').fill('澄川机电诉明禾建材买卖合同纠纷');
    await field(form, '合同名称').fill('工业品买卖合同');
    await field(form, '合同编号').fill('CC-ED-2025-001');

    const creditor = form.locator('fieldset', { has: page.locator('legend', { hasText: /^债权人$/ }) });
    await field(creditor, '名称或姓名').fill('上海澄川机电设备有限公司');
    await field(creditor, '统一社会信用代码').fill('91310115MA1H8C3Y2K');
    await field(creditor, '地址').fill('上海市浦东新区川沙路1288号');
    await field(creditor, '法定代表人').fill('顾承远');

    const debtor = form.getByRole('group', { name: '第 1 位：债务人' });
    await field(debtor, '名称或姓名').fill('杭州明禾建材贸易有限公司');
    await field(debtor, '统一社会信用代码').fill('91330105MA2CDE4X7P');
    await field(debtor, '地址').fill('浙江省杭州市拱墅区莫干山路568号3幢402室');
    await form.getByRole('button', { name: '+ 添加保证人' }).click();
    const guarantor = form.getByRole('group', { name: '第 2 位：保证人' });
    expect(await field(guarantor, '类型').inputValue()).toBe('person');
    await field(guarantor, '名称或姓名').fill('周立新');
    await field(guarantor, '身份证号码').fill('330106198507123419');
    await field(guarantor, '保证方式').selectOption('joint');
    await field(guarantor, '保证期间（月，未约定留空为 6 个月）').fill('24');
    await field(guarantor, '保证范围（未约定留空：主债权及利息、违约金、损害赔偿金和实现债权的费用）').fill(
      '主债权本金及逾期付款违约金',
    );

    const first = form.getByRole('group', { name: '第 1 笔欠款' });
    await field(first, '发票号或单号').fill('INV-1');
    await field(first, '内容').fill('电动葫芦货款');
    await field(first, '金额').fill('12万5'); // a slip, refused below
    await field(first, '应付日期').fill('2025-01-15');
    await form.getByRole('button', { name: '+ 添加欠款' }).click();
    const second = form.getByRole('group', { name: '第 2 笔欠款' });
    await field(second, '发票号或单号').fill('INV-2');
    await field(second, '内容').fill('钢丝绳货款');
    await field(second, '金额').fill('¥85,500.00');
    await field(second, '应付日期').fill('2025-03-31');
    await form.getByRole('button', { name: '+ 添加付款' }).click();
    const payment = form.getByRole('group', { name: '第 1 笔付款' });
    await field(payment, '付款日期').fill('2025-04-10');
    await field(payment, '金额').fill('3万元');
    await field(payment, '付款指明的欠款').selectOption('INV-1');
    await field(form, '约定').selectOption({ label: '每日万分之五' });
    await form.screenshot({ path: join(shots, '1-typed-zh.png') });

    // The slip is refused next to its field, in Chinese, and nothing is stored; fixing it clears the message at once.
    await form.getByRole('button', { name: '保存案件' }).click();
    const amountError = first.locator('.field-error');
    await expect.poll(() => amountError.innerText()).toContain('无法识别的金额');
    expect(await form.locator('[role=alert]').innerText()).toContain('欠款（发票或送货单） 第 1 项 · 金额');
    expect(await form.locator('[role=alert]').innerText()).not.toMatch(/claims|amount|\[0\]/);
    await form.screenshot({ path: join(shots, '2-refused-zh.png') });
    await field(first, '金额').fill('12万');
    expect(await amountError.count()).toBe(0);
    await form.getByRole('button', { name: '保存案件' }).click();
    await page.waitForURL(/#\/case\/\d+$/);
    const id = Number(/case\/(\d+)$/.exec(page.url())![1]);

    const stored = getCase(app.server().store, id).data;
    expect(stored.claims.map((c) => [c.id, c.amount])).toEqual([
      ['INV-1', '120000.00'],
      ['INV-2', '85500.00'],
    ]);
    expect(stored.payments).toEqual([{ date: '2025-04-10', amount: '30000.00', claim: 'INV-1' }]);
    expect(stored.debtors[1]).toMatchObject({
      role: 'guarantor',
      kind: 'person',
      guarantee: { kind: 'joint', months: 24, scope: '主债权本金及逾期付款违约金' },
    });
    expect(stored.lateCharge).toEqual({ kind: 'daily-rate', rate: '0.0005' });

    // 30,000.00 paid to INV-1 as it names, within that debt first to its 违约金 (民法典 第561条): 120,000.00 × 0.05 %
    // × 85 days (2025-01-16 to 2025-04-10) = 5,100.00; 24,900.00 to principal, so 205,500.00 − 24,900.00 is left.
    expect(await total(page, '欠款本金')).toBe('¥180,600.00');
    const screenTotal = await total(page, '应付合计');
    await page.screenshot({ path: join(shots, '3-case-zh.png'), fullPage: true });

    await page.getByLabel('模板').selectOption('demand-letter');
    await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 60_000 }).not.toBe('0');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PDF' }).click()]);
    const pdf = join(tempDir(), 'letter.pdf');
    await download.saveAs(pdf);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('杭州明禾建材贸易有限公司');
    expect(plain(/本金人民币([\d,]+\.\d\d)元/.exec(text)?.[1] ?? '')).toBe('180600.00');
    expect(plain(/合计人民币([\d,]+\.\d\d)元/.exec(text)?.[1] ?? '')).toBe(plain(screenTotal));
    await page.locator('.documents').screenshot({ path: join(shots, '4-letter-zh.png') });

    // A payment changed in the editor, undone from the history, and restored.
    await page.getByRole('button', { name: '编辑案件' }).click();
    const again = page.locator('form.case-editor').getByRole('group', { name: '第 1 笔付款' });
    await field(again, '金额').fill('4万');
    await page.locator('form.case-editor').screenshot({ path: join(shots, '5-edit-zh.png') });
    await page.getByRole('button', { name: '保存案件' }).click();
    await expect.poll(() => total(page, '欠款本金'), { timeout: 20_000 }).toBe('¥170,600.00');
    const history = page.locator('.history');
    await history.getByRole('button', { name: '撤销上一次修改' }).click();
    await expect.poll(() => total(page, '欠款本金'), { timeout: 20_000 }).toBe('¥180,600.00');
    expect(getCase(app.server().store, id).data.payments[0]!.amount).toBe('30000.00');
    await history.screenshot({ path: join(shots, '6-undone-zh.png') });
    await history
      .locator('tbody tr', { has: page.locator('td:first-child', { hasText: /^2$/ }) })
      .getByRole('button', { name: '恢复此版' })
      .click();
    await expect.poll(() => total(page, '欠款本金'), { timeout: 20_000 }).toBe('¥170,600.00');
    expect(getCase(app.server().store, id).data.payments[0]!.amount).toBe('40000.00');
    await page.screenshot({ path: join(shots, '7-restored-zh.png'), fullPage: true });
    await page.close();
  });

  it('takes an en-GB case typed in English, with UK statutory interest, and edits it again', async () => {
    const page = await app.open('#/', 'en');
    await page.getByRole('button', { name: 'New case' }).click();
    const form = page.locator('form.case-editor');
    await field(form, 'Law and language of the letters').selectOption('en-GB');
    expect(await field(form, 'Currency (such as £, GBP, US$)').inputValue()).toBe('British Pound (GBP)');
    await field(form, 'Case title').fill('Hartley Joinery v Pennine Fit-Outs');
    const creditor = form.locator('fieldset', { has: page.locator('legend', { hasText: /^Creditor$/ }) });
    await field(creditor, 'Name').fill('Hartley Joinery Ltd');
    await field(creditor, 'Address').fill('4 Mill Lane, Leeds LS1 4AB');
    const debtor = form.getByRole('group', { name: 'Party 1: Debtor' });
    await field(debtor, 'Name').fill('Pennine Fit-Outs Ltd');
    await field(debtor, 'Company number').fill('09876543');
    await field(debtor, 'Address').fill('12 Canal Street, Manchester M1 3HE');
    const claim = form.getByRole('group', { name: 'Claim 1' });
    await field(claim, 'Invoice number').fill('HJ-1042');
    await field(claim, 'What it is for').fill('Fitted shelving');
    await field(claim, 'Amount').fill('£4,800.00');
    await field(claim, 'Due date').fill('2025-06-30');
    await form.getByRole('button', { name: '+ Add a payment' }).click();
    const payment = form.getByRole('group', { name: 'Payment 1' });
    await field(payment, 'Date paid').fill('2025-08-01');
    await field(payment, 'Amount').fill('1,000');
    expect(await field(form, 'Terms').inputValue()).toBe('uk-statutory');
    await form.screenshot({ path: join(shots, '1-typed-en.png') });
    await form.getByRole('button', { name: 'Save case' }).click();
    await page.waitForURL(/#\/case\/\d+$/);
    // The £1,000 goes first to the fixed sum and the interest (the creditor's appropriation), then to principal.
    const owed = Number(plain(await total(page, 'Principal owed')).replace('.', '')); // pence
    expect(owed).toBeGreaterThan(380_000);
    expect(owed).toBeLessThan(480_000);
    expect(getCase(app.server().store, Number(/case\/(\d+)$/.exec(page.url())![1])).data.payments).toEqual([
      { date: '2025-08-01', amount: '1000.00' },
    ]);
    await page.screenshot({ path: join(shots, '3-case-en.png'), fullPage: true });

    await page.getByRole('button', { name: 'Edit case' }).click();
    const edit = page.locator('form.case-editor');
    await field(edit.getByRole('group', { name: 'Payment 1' }), 'Amount').fill('1,000.005');
    await edit.getByRole('button', { name: 'Save case' }).click();
    await expect
      .poll(() => edit.getByRole('group', { name: 'Payment 1' }).locator('.field-error').innerText())
      .toBe('An amount has at most two decimals (pounds and pence).');
    await edit.screenshot({ path: join(shots, '2-refused-en.png') });
    await field(edit.getByRole('group', { name: 'Payment 1' }), 'Amount').fill('1,500');
    await edit.getByRole('button', { name: 'Save case' }).click();
    // The fixed sum and the interest to the payment date were met by the first £1,000: the extra £500 is all principal.
    const less = pounds(owed - 50_000);
    await expect.poll(() => total(page, 'Principal owed'), { timeout: 20_000 }).toBe(less);
    await page.locator('.history').getByRole('button', { name: 'Undo the last change' }).click();
    await expect.poll(() => total(page, 'Principal owed'), { timeout: 20_000 }).toBe(pounds(owed));
    await page.locator('.history').screenshot({ path: join(shots, '6-undone-en.png') });
    await page.close();
  });
});
