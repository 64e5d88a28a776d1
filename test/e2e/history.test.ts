import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeCase } from '../../core/store/edit-case.js';
import { getCase } from '../../core/store/read-cases.js';
import { caseIdByContract, SHOTS, useApp } from '../support/app-page.js';

const app = useApp();
const SALE = 'CC-2024-0312';
const PAYMENT = { date: '2026-10-01', amount: '5000.00' };

const payments = (id: number) => (getCase(app.server().store, id).raw as { payments: unknown[] }).payments;

describe.skipIf(app.missing)("a case's history, the archive and the bin", () => {
  it('undoes the last change and restores it again, in Chinese', async () => {
    const store = app.server().store;
    const id = caseIdByContract(store, SALE);
    changeCase(store, id, (raw) => (raw.payments as unknown[]).push(PAYMENT));
    const page = await app.open(`#/case/${id}`, 'zh');
    const card = page.locator('.history');
    await expect.poll(() => card.locator('tbody tr').count(), { timeout: 20_000 }).toBe(2);
    expect(await card.locator('tbody tr').first().innerText()).toMatch(/^2\s.*修改\s+还款/s);

    await card.getByRole('button', { name: '撤销上一次修改' }).click();
    await expect.poll(() => card.locator('.ok').innerText(), { timeout: 20_000 }).toBe('已撤销，案件已回到第 1 版。');
    expect(payments(id)).not.toContainEqual(PAYMENT);
    await expect
      .poll(() => card.locator('tbody tr').first().innerText(), { timeout: 20_000 })
      .toMatch(/^3\s.*撤销（回到第 1 版）\s+还款/s);
    await expect.poll(() => card.getByRole('button', { name: '撤销上一次修改' }).isDisabled(), { timeout: 20_000 }).toBe(true);

    await card.locator('tbody tr').nth(1).getByRole('button', { name: '恢复此版' }).click();
    await expect.poll(() => card.locator('.ok').innerText(), { timeout: 20_000 }).toBe('已恢复第 2 版。');
    expect(payments(id)).toContainEqual(PAYMENT);
    await card.screenshot({ path: join(SHOTS, 'history-zh.png') });
    await page.close();
  });

  it('archives a case, finds it under Archived and brings it back, in English', async () => {
    const store = app.server().store;
    const id = caseIdByContract(store, SALE);
    const debtor = getCase(store, id).data.debtors[0]!.name;
    const page = await app.open(`#/case/${id}`, 'en');
    await page.locator('.history').getByRole('button', { name: 'Archive' }).click();
    await page.waitForURL(/#\/$/);
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody').innerText()).not.toContain(debtor);

    await page.getByLabel('Show').selectOption('archived');
    await expect.poll(() => page.locator('tbody').innerText(), { timeout: 20_000 }).toContain(debtor);
    await page.screenshot({ path: join(SHOTS, 'cases-archived-en.png') });
    await page.getByText(debtor).click();
    const card = page.locator('.history');
    await expect.poll(() => card.locator('.shelved').innerText(), { timeout: 20_000 }).toMatch(/^This case is archived/);
    await card.screenshot({ path: join(SHOTS, 'history-archived-en.png') });
    await card.getByRole('button', { name: 'Bring back' }).click();
    await expect.poll(() => card.locator('.shelved').count(), { timeout: 20_000 }).toBe(0);
    expect(getCase(store, id).shelf).toBe('active');
    await page.close();
  });

  it('moves a case to the bin only once asked, in Chinese', async () => {
    const store = app.server().store;
    const id = caseIdByContract(store, SALE);
    const page = await app.open(`#/case/${id}`, 'zh');
    const card = page.locator('.history');
    await card.getByRole('button', { name: '删除案件' }).click();
    const ask = card.getByRole('alertdialog');
    expect(await ask.innerText()).toContain('移入回收站？案件的全部内容都会保留');
    await ask.getByRole('button', { name: '取消' }).click();
    expect(getCase(store, id).shelf).toBe('active');
    await card.getByRole('button', { name: '删除案件' }).click();
    await card.screenshot({ path: join(SHOTS, 'history-delete-zh.png') });
    await card.getByRole('alertdialog').getByRole('button', { name: '移入回收站' }).click();
    await page.waitForURL(/#\/$/);
    expect(getCase(store, id).shelf).toBe('deleted');
    await page.getByLabel('显示').selectOption('deleted');
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 20_000 }).toBe(1);
    await page.close();
  });
});
