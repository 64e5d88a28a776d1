import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCase } from '../../core/store/read-cases.js';
import { shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('legal');

const field = (scope: Locator | Page, label: string) => scope.getByLabel(label, { exact: true });

const LANGUAGES = {
  zh: {
    newCase: '新建案件',
    title: '案件名称',
    creditor: /^债权人$/,
    name: '名称或姓名',
    debtor: '第 1 位：债务人',
    addGuarantor: '+ 添加保证人',
    guarantor: '第 2 位：保证人',
    cap: '保证责任最高限额',
    claim: '第 1 笔欠款',
    claimFields: ['发票号或单号', '内容', '金额', '应付日期'],
    save: '保存案件',
    refused: '无法识别的金额',
    typed: '2.5万',
  },
  en: {
    newCase: 'New case',
    title: 'Case title',
    creditor: /^Creditor$/,
    name: 'Name',
    debtor: 'Party 1: Debtor',
    addGuarantor: '+ Add a guarantor',
    guarantor: 'Party 2: Guarantor',
    cap: 'Most the guarantor owes',
    claim: 'Claim 1',
    claimFields: ['Invoice number', 'What it is for', 'Amount', 'Due date'],
    save: 'Save case',
    refused: 'amount',
    typed: '25,000',
  },
} as const;

describe.skipIf(app.missing)('a guarantee capped at a sum, typed in the case editor', () => {
  it.each(['zh', 'en'] as const)('stores the cap in cents and refuses one that is not an amount (%s)', async (lang) => {
    const w = LANGUAGES[lang];
    const page = await app.open('#/', lang);
    await page.getByRole('button', { name: w.newCase }).click();
    const form = page.locator('form.case-editor');
    await field(form, w.title).fill(`Cap ${lang}`);
    const creditor = form.locator('fieldset', { has: page.locator('legend', { hasText: w.creditor }) });
    await field(creditor, w.name).fill('上海澄川机电设备有限公司');
    await field(form.getByRole('group', { name: w.debtor }), w.name).fill('杭州明禾建材贸易有限公司');
    await form.getByRole('button', { name: w.addGuarantor }).click();
    const guarantor = form.getByRole('group', { name: w.guarantor });
    await field(guarantor, w.name).fill('周立新');
    const claim = form.getByRole('group', { name: w.claim });
    const [id, what, amount, due] = w.claimFields;
    await field(claim, id).fill('INV-1');
    await field(claim, what).fill('货款');
    await field(claim, amount).fill('50000');
    await field(claim, due).fill('2025-01-15');

    await field(guarantor, w.cap).fill('2.5x');
    await form.getByRole('button', { name: w.save }).click();
    await expect.poll(() => guarantor.locator('.field-error').innerText()).toContain(w.refused);
    await guarantor.screenshot({ path: join(SHOTS, `guarantee-cap-refused-${lang}.png`) });

    await field(guarantor, w.cap).fill(w.typed);
    await guarantor.screenshot({ path: join(SHOTS, `guarantee-cap-${lang}.png`) });
    await form.getByRole('button', { name: w.save }).click();
    await page.waitForURL(/#\/case\/\d+$/);
    const stored = getCase(app.server().store, Number(/case\/(\d+)$/.exec(page.url())![1])).data;
    expect(stored.debtors[1]).toMatchObject({ role: 'guarantor', guarantee: { kind: 'joint', maxAmount: '25000.00' } });
    await page.close();
  });
});
