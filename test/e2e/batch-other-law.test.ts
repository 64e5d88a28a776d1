import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../core/store/edit-case.js';
import { getCase } from '../../core/store/read-cases.js';
import { shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('desk');

describe.skipIf(app.missing)('batch letters on the desk for an English-law case', () => {
  it('makes no 催款函 for it and says why, in the interface language, recording nothing', async () => {
    const store = app.server().store;
    const CREDITOR = 'Harbour Test Joinery Ltd';
    const id = createCase(store, {
      version: 1,
      locale: 'en-GB',
      title: 'Harbour Test Joinery v Okafor',
      currency: 'GBP',
      creditor: { name: CREDITOR, kind: 'company', address: 'Unit 4, Quayside Works, Bristol BS1 6XN' },
      debtors: [{ name: 'Daniel Okafor', kind: 'person', role: 'debtor', address: '15 Wellsway, Bath BA2 4RZ' }],
      claims: [{ id: 'INV-1', description: 'Invoice 1', amount: '8640.00', dueDate: '2026-04-19' }],
    });

    for (const [language, creditor, selectAll, make, start, reason] of [
      [
        'en',
        'Creditor',
        'Select every case shown by the filters',
        'Make letters…',
        'Make',
        "this step's letter is for Chinese-law cases only",
      ],
      ['zh', '债权人', '全选筛选出的案件', '批量生成函件…', '生成', '此步骤的函件只适用于中国法案件'],
    ] as const) {
      const page = await app.open('#/desk', language);
      await page.getByLabel(creditor, { exact: true }).selectOption(CREDITOR);
      await expect.poll(() => page.locator(`table.desk tr[data-case="${id}"]`).count(), { timeout: 30_000 }).toBe(1);
      await page.getByLabel(selectAll).check();
      await page.getByRole('button', { name: make }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(language === 'en' ? 'Letter' : '函件', { exact: true }).selectOption('demand-letter');
      await dialog.getByRole('button', { name: start, exact: true }).click();
      await expect.poll(() => dialog.locator('.batch-result').innerText(), { timeout: 60_000 }).toContain(reason);
      await dialog.screenshot({ path: join(SHOTS, `batch-dialog-other-law-${language}.png`) });
      await page.close();
    }
    expect(getCase(store, id).data.mailings).toEqual([]);
  });
});
