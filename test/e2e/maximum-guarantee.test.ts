import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCase } from '../../core/store/read-cases.js';
import { pdfText, shotsFolder, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const app = useApp();
const shots = shotsFolder('maximum-guarantee');

const field = (scope: Locator | Page, label: string) => scope.getByLabel(label, { exact: true });

/** `¥45,999.75` or `CN¥45,999.75` → `45999.75`. */
const plain = (figure: string) => figure.replace(/[^\d.]/g, '');

const LANGUAGES = {
  zh: {
    newCase: '新建案件',
    locale: '中国法（中文文书）',
    title: '案件名称',
    creditor: /^债权人$/,
    name: '名称或姓名',
    address: '地址',
    debtor: '第 1 位：债务人',
    addGuarantor: '+ 添加保证人',
    guarantor: '第 2 位：保证人',
    months: '保证期间（月，未约定留空为 6 个月）',
    type: '保证种类',
    from: '债权发生期间：起始日',
    to: '债权发生期间：截止日',
    ceiling: '最高债权额',
    claim: (n: number) => `第 ${n} 笔欠款`,
    addClaim: '+ 添加欠款',
    claimFields: ['发票号或单号', '内容', '金额', '应付日期', '债权发生日期'],
    addPayment: '+ 添加付款',
    payment: '第 1 笔付款',
    paymentFields: ['付款日期', '金额', '付款指明的欠款'],
    terms: '约定',
    save: '保存案件',
    edit: '编辑案件',
    undo: '撤销上一次修改',
    template: '模板',
    addressee: '致函对象',
    exportPdf: '导出 PDF',
    noPeriod: '最高额保证须写明债权发生的期间（民法典第六百九十条）。',
    endBeforeStart: '不能早于 2025-12-31。',
    outside: '不在期间内、不由该保证人承担：INV-3 轴承货款',
    maximumLine: '最高额保证：2025-01-01 至 2025-12-31 期间发生的债权，最高债权额',
    ceilingTyped: '6万',
  },
  en: {
    newCase: 'New case',
    locale: 'PRC law (letters in Chinese)',
    title: 'Case title',
    creditor: /^Creditor$/,
    name: 'Name',
    address: 'Address',
    debtor: 'Party 1: Debtor',
    addGuarantor: '+ Add a guarantor',
    guarantor: 'Party 2: Guarantor',
    months: 'Guarantee period in months (blank: 6 months)',
    type: 'Type of guarantee',
    from: 'Debts arising from',
    to: 'Debts arising until',
    ceiling: 'Ceiling of the guarantee',
    claim: (n: number) => `Claim ${n}`,
    addClaim: '+ Add a claim',
    claimFields: ['Invoice number', 'What it is for', 'Amount', 'Due date', 'Date the debt arose'],
    addPayment: '+ Add a payment',
    payment: 'Payment 1',
    paymentFields: ['Date paid', 'Amount', 'Invoice the payment names'],
    terms: 'Terms',
    save: 'Save case',
    edit: 'Edit case',
    undo: 'Undo the last change',
    template: 'Template',
    addressee: 'Addressed to',
    exportPdf: 'Export PDF',
    noPeriod: 'A maximum-amount guarantee needs the period in which the debts it covers arise (Civil Code art. 690).',
    endBeforeStart: 'Cannot be before 2025-12-31.',
    outside: 'Outside the period, not owed by this guarantor: INV-3 轴承货款',
    maximumLine: 'Maximum-amount guarantee: debts arising from 2025-01-01 to 2025-12-31, ceiling',
    ceilingTyped: '60,000',
  },
} as const;

/** Three invoices: two arose in 2025 (the guarantee's period), the third in 2026 (outside it). */
const CLAIMS = [
  ['INV-1', '电机货款', '30,000.50', '2025-04-30', '2025-03-10'],
  ['INV-2', '减速机货款', '19999.25', '2025-07-31', '2025-06-15'],
  ['INV-3', '轴承货款', '15000', '2026-03-01', '2026-02-01'],
] as const;

/** What the guarantor's row on the case screen says it owes. */
const owedOnScreen = (page: Page) => page.locator('table.guarantors tr[data-party="1"] .guarantee-owed');

describe.skipIf(app.missing)('a 最高额保证 typed and corrected in the case editor', () => {
  it.each(['zh', 'en'] as const)(
    'counts only the debts arising in its period, up to its ceiling, on screen and in the guarantor’s 催款函 (%s)',
    async (lang) => {
      const w = LANGUAGES[lang];
      const shot = (step: string) => join(shots, `${step}-${lang}.png`);
      const page = await app.open('#/', lang);
      await page.getByRole('button', { name: w.newCase }).click();
      const form = page.locator('form.case-editor');
      await field(form, w.title).fill(`最高额保证 ${lang}`);
      await form.locator('select[name="locale"]').selectOption({ label: w.locale });
      const creditor = form.locator('fieldset', { has: page.locator('legend', { hasText: w.creditor }) });
      await field(creditor, w.name).fill('上海澄川机电设备有限公司');
      await field(creditor, w.address).fill('上海市浦东新区川沙路1288号');
      const debtor = form.getByRole('group', { name: w.debtor });
      await field(debtor, w.name).fill('杭州明禾建材贸易有限公司');
      await field(debtor, w.address).fill('浙江省杭州市拱墅区莫干山路568号');
      await form.getByRole('button', { name: w.addGuarantor }).click();
      const guarantor = form.getByRole('group', { name: w.guarantor });
      await field(guarantor, w.name).fill('周立新');
      await field(guarantor, w.address).fill('浙江省杭州市西湖区文三路90号');
      await field(guarantor, w.months).fill('24');
      // The date a debt arose is asked only once a guarantor has a 最高额保证.
      expect(await field(form.getByRole('group', { name: w.claim(1) }), w.claimFields[4]).count()).toBe(0);
      await field(guarantor, w.type).selectOption('maximum-amount');
      await field(guarantor, w.ceiling).fill(w.ceilingTyped);

      for (const [n, values] of CLAIMS.entries()) {
        if (n > 0) await form.getByRole('button', { name: w.addClaim }).click();
        const claim = form.getByRole('group', { name: w.claim(n + 1) });
        for (const [i, value] of values.entries()) await field(claim, w.claimFields[i]!).fill(value);
      }
      await form.getByRole('button', { name: w.addPayment }).click();
      const payment = form.getByRole('group', { name: w.payment });
      await field(payment, w.paymentFields[0]).fill('2025-09-01');
      await field(payment, w.paymentFields[1]).fill('4000');
      await field(payment, w.paymentFields[2]).selectOption('INV-2');
      await field(form, w.terms).selectOption('none');

      // No period yet: refused next to the period's first day, in the interface's language.
      await form.getByRole('button', { name: w.save }).click();
      await expect.poll(() => guarantor.locator('.field-error').innerText()).toBe(w.noPeriod);
      await guarantor.screenshot({ path: shot('1-no-period') });
      // A period that ends before it starts: refused next to its last day.
      await field(guarantor, w.from).fill('2025-12-31');
      await field(guarantor, w.to).fill('2025-01-01');
      await form.getByRole('button', { name: w.save }).click();
      await expect.poll(() => guarantor.locator('.field-error').innerText()).toBe(w.endBeforeStart);
      await guarantor.screenshot({ path: shot('2-end-before-start') });
      await field(guarantor, w.from).fill('2025-01-01');
      await field(guarantor, w.to).fill('2025-12-31');
      await form.screenshot({ path: shot('3-typed') });
      await form.getByRole('button', { name: w.save }).click();
      await page.waitForURL(/#\/case\/\d+$/);
      const id = Number(/case\/(\d+)$/.exec(page.url())![1]);
      const stored = getCase(app.server().store, id).data;
      expect(stored.debtors[1]!.guarantee).toEqual({
        kind: 'joint',
        months: 24,
        type: 'maximum-amount',
        period: { from: '2025-01-01', to: '2025-12-31' },
        maxAmount: '60000.00',
      });
      expect(stored.claims.map((c) => [c.id, c.amount, c.arisenOn])).toEqual([
        ['INV-1', '30000.50', '2025-03-10'],
        ['INV-2', '19999.25', '2025-06-15'],
        ['INV-3', '15000.00', '2026-02-01'],
      ]);

      // By hand, no late charge agreed: INV-1 30,000.50 + INV-2 (19,999.25 − 4,000.00 paid on it) = 45,999.75, within
      // the 60,000.00 ceiling; INV-3 arose on 2026-02-01, after the period, and is not the guarantor's (民法典 第690条).
      await expect.poll(async () => plain(await owedOnScreen(page).innerText()), { timeout: 20_000 }).toBe('45999.75');
      const row = page.locator('table.guarantors tr[data-party="1"]');
      expect(await row.locator('.guarantee-period').innerText()).toContain(w.maximumLine);
      expect(await row.locator('.guarantee-outside').innerText()).toBe(w.outside);
      await page.locator('table.guarantors').screenshot({ path: shot('4-case') });

      // The guarantor's 催款函 states the period and the ceiling, names INV-3 as outside it and demands 45,999.75.
      await page.getByLabel(w.template).selectOption('demand-letter');
      await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 60_000 }).not.toBe('0');
      const addressee = page.getByLabel(w.addressee);
      await addressee.selectOption(await addressee.locator('option', { hasText: '周立新' }).getAttribute('value'));
      await expect.poll(() => page.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 60_000 }).not.toBe('0');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: w.exportPdf }).click(),
      ]);
      const pdf = join(tempDir(), `guarantor-${lang}.pdf`);
      await download.saveAs(pdf);
      await page.locator('.documents').screenshot({ path: shot('5-letter') });
      const text = pdfText(pdf).replace(/\s+/g, '');
      expect(text).toContain('周立新：');
      const period =
        /对(\d{4})年(\d{1,2})月(\d{1,2})日至(\d{4})年(\d{1,2})月(\d{1,2})日期间连续发生的债权在最高债权额人民币([\d,]+\.\d\d)元/.exec(
          text,
        );
      expect(period?.slice(1, 7).map(Number)).toEqual([2025, 1, 1, 2025, 12, 31]);
      expect(plain(period?.[7] ?? '')).toBe('60000.00');
      expect(text).toContain('轴承货款不是在该期间内发生的债权，不在本函请求之列');
      expect(plain(/保证范围内的款项人民币([\d,]+\.\d\d)元/.exec(text)?.[1] ?? '')).toBe('45999.75');

      // The period corrected to run to 2026-06-30: INV-3 now counts, 45,999.75 + 15,000.00 = 60,999.75, above the
      // ceiling, so the guarantor owes 60,000.00. Undone, the first period and 45,999.75 are back.
      await page.getByRole('button', { name: w.edit }).click();
      const again = page.locator('form.case-editor').getByRole('group', { name: w.guarantor });
      await field(again, w.to).fill('2026-06-30');
      await again.screenshot({ path: shot('6-edit') });
      await page.getByRole('button', { name: w.save }).click();
      await expect.poll(async () => plain(await owedOnScreen(page).innerText()), { timeout: 20_000 }).toBe('60000.00');
      expect(plain(await page.locator('table.guarantors tr[data-party="1"] td').nth(1).innerText())).toBe('60999.75');
      expect(await row.locator('.guarantee-outside').count()).toBe(0);
      await page.locator('table.guarantors').screenshot({ path: shot('7-edited') });
      await page.locator('.history').getByRole('button', { name: w.undo }).click();
      await expect.poll(async () => plain(await owedOnScreen(page).innerText()), { timeout: 20_000 }).toBe('45999.75');
      expect(getCase(app.server().store, id).data.debtors[1]!.guarantee!.period).toEqual({
        from: '2025-01-01',
        to: '2025-12-31',
      });
      await page.locator('table.guarantors').screenshot({ path: shot('8-undone') });
      await page.close();
    },
  );
});
