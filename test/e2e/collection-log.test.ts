import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCase } from '../../core/store/read-cases.js';
import type { Store } from '../../core/store/open.js';
import { caseIdByContract, shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('import');
const SALE = 'CC-2024-0312';
const revisions = (store: Store, id: number) =>
  (store.db.prepare('SELECT count(*) AS n FROM case_revisions WHERE case_id = ?').get(id) as { n: number }).n;

describe.skipIf(app.missing)('the collection log on a case', () => {
  it('adds a promise to pay with its outcome, changes it and removes it, each a revision (zh, then en)', async () => {
    const store = app.server().store;
    const id = caseIdByContract(store, SALE);
    const before = revisions(store, id);
    const contacts = () => getCase(store, id).data.events.filter((e) => e.kind === 'promise-to-pay' && e.by === '王催收');
    const page = await app.open(`#/case/${id}`, 'zh');
    const log = page.locator('.collection-log');
    await log.getByRole('button', { name: '添加记录' }).click();
    await log.locator('input[name=logDate]').fill('2026-11-20');
    await log.locator('select[name=logKind]').selectOption('promise-to-pay');
    await log.locator('select[name=logOutcome]').selectOption('promised');
    await log.locator('input[name=logBy]').fill('王催收');
    await log.locator('input[name=logPromiseAmount]').fill('2000.00');
    await log.locator('input[name=logPromiseDueOn]').fill('2026-12-05');
    await log.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => contacts().length, { timeout: 20_000 }).toBe(1);
    expect(contacts()[0]).toMatchObject({ outcome: 'promised', promise: { amount: '2000.00', dueOn: '2026-12-05' } });

    const row = log.locator('tr', { hasText: '王催收' });
    await row.getByRole('button', { name: '修改' }).click();
    await log.locator('input[name=logPromiseAmount]').fill('1500.50');
    await log.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => contacts()[0]?.promise?.amount, { timeout: 20_000 }).toBe('1500.50');
    expect(await row.innerText()).toContain('承诺还款');
    await page.screenshot({ path: join(SHOTS, '7-collection-log-zh.png'), fullPage: true });

    const en = await app.open(`#/case/${id}`, 'en');
    const enLog = en.locator('.collection-log');
    const enRow = enLog.locator('tr', { hasText: '王催收' });
    await expect.poll(() => enRow.innerText(), { timeout: 20_000 }).toContain('Promised to pay');
    await enRow.getByRole('button', { name: 'Remove' }).click();
    await enLog.screenshot({ path: join(SHOTS, '8-collection-log-remove-en.png') });
    await enRow.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => contacts().length, { timeout: 20_000 }).toBe(0);
    expect(revisions(store, id)).toBe(before + 3);
    await page.close();
    await en.close();
  });
});
