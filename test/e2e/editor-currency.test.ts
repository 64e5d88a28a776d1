import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCase } from '../../core/store/read-cases.js';
import { caseIdByContract, shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('editor');
const SALE = 'CC-2024-0312';

describe.skipIf(app.missing)('the currency as people write it', () => {
  it('reads 英镑 and RMB typed into the editor as GBP and CNY, and shows the name in the interface’s language', async () => {
    const store = app.server().store;
    const id = caseIdByContract(store, SALE);
    const zh = await app.open(`#/case/${id}`, 'zh');
    await zh.getByRole('button', { name: '编辑案件' }).click();
    const currency = zh.getByLabel('币种（如 人民币、￥、CNY）', { exact: true });
    expect(await currency.inputValue()).toBe('人民币（CNY）');
    await currency.fill('英镑');
    await zh.locator('form.case-editor').getByRole('button', { name: '保存案件' }).click();
    await expect.poll(() => getCase(store, id).data.currency).toBe('GBP');
    await zh.getByRole('button', { name: '编辑案件' }).click();
    expect(await currency.inputValue()).toBe('英镑（GBP）');
    await zh.locator('form.case-editor').screenshot({ path: join(SHOTS, 'currency-zh.png') });
    await zh.close();

    const en = await app.open(`#/case/${id}`, 'en');
    await en.getByRole('button', { name: 'Edit case' }).click();
    const field = en.getByLabel('Currency (such as £, GBP, US$)', { exact: true });
    expect(await field.inputValue()).toBe('British Pound (GBP)');
    // Something that names no currency is refused under the field, in English, and nothing is saved.
    await field.fill('shells');
    await en.locator('form.case-editor').getByRole('button', { name: 'Save case' }).click();
    await expect.poll(() => en.locator('form.case-editor .field.invalid').innerText()).toContain('Not a currency we know');
    expect(getCase(store, id).data.currency).toBe('GBP');
    await en.locator('form.case-editor').screenshot({ path: join(SHOTS, 'currency-refused-en.png') });
    await field.fill('RMB');
    await en.locator('form.case-editor').getByRole('button', { name: 'Save case' }).click();
    await expect.poll(() => getCase(store, id).data.currency).toBe('CNY');
    await en.getByRole('button', { name: 'Edit case' }).click();
    expect(await field.inputValue()).toBe('Chinese Yuan (CNY)');
    await en.close();
  });
});
