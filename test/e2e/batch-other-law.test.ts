import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../core/store/edit-case.js';
import { getCase } from '../../core/store/read-cases.js';
import { shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('desk');

describe.skipIf(app.missing)('batch letters on the desk for an English-law case', () => {
  it('makes no 催款函 for it, says which case and why with nothing to download, then makes its own letter', async () => {
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

    const openDialog = async (language: 'en' | 'zh') => {
      const en = language === 'en';
      const page = await app.open('#/desk', language);
      let downloads = 0;
      page.on('download', () => downloads++);
      await page.getByLabel(en ? 'Creditor' : '债权人', { exact: true }).selectOption(CREDITOR);
      await expect.poll(() => page.locator(`table.desk tr[data-case="${id}"]`).count(), { timeout: 30_000 }).toBe(1);
      await page.getByLabel(en ? 'Select every case shown by the filters' : '全选筛选出的案件').check();
      await page.getByRole('button', { name: en ? 'Make letters…' : '批量生成函件…' }).click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.locator('p').first().innerText()).toBe(
        en
          ? 'Letters for the 1 selected case, with the EMS bulk-posting list for the Chinese ones.'
          : '为已选的 1 件案件生成函件，并为中国案件生成 EMS 批量寄件清单。',
      );
      return { page, dialog, downloads: () => downloads, en };
    };

    for (const language of ['en', 'zh'] as const) {
      const { page, dialog, downloads, en } = await openDialog(language);
      await dialog.getByLabel(en ? 'Letter' : '函件', { exact: true }).selectOption('demand-letter');
      await dialog.getByRole('button', { name: en ? 'Make' : '生成', exact: true }).click();
      const result = dialog.locator('.batch-result');
      await expect.poll(() => result.locator('.warning').count(), { timeout: 60_000 }).toBe(1);
      expect(await result.locator('.warning').innerText()).toBe(
        en
          ? 'No letter was made, so there is nothing to download. Why, case by case:'
          : '未生成任何函件，没有可下载的文件。各案件的原因见下。',
      );
      expect(await result.innerText()).toContain(
        en
          ? "Harbour Test Joinery v Okafor: this letter is not a step of the case's ladder"
          : 'Harbour Test Joinery v Okafor: 此函件不是该案催收步骤中的一步',
      );
      expect(await result.innerText()).not.toMatch(/letters made|downloaded|已下载|已生成 0/);
      expect(await dialog.getByRole('button', { name: en ? 'Download again' : '再次下载' }).count()).toBe(0);
      await dialog.screenshot({ path: join(SHOTS, `batch-dialog-none-made-${language}.png`) });
      await page.waitForTimeout(500);
      expect(downloads()).toBe(0);
      await page.close();
    }
    expect(getCase(store, id).data.mailings).toEqual([]);

    // Its own step: one Letter before claim, worded in the singular, posted by Royal Mail.
    const { page, dialog } = await openDialog('en');
    await dialog.getByLabel('Letter', { exact: true }).selectOption('letter-before-claim');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      dialog.getByRole('button', { name: 'Make', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^letters-letter-before-claim-\d{4}-\d\d-\d\d\.zip$/);
    await expect
      .poll(() => dialog.locator('.ok').innerText(), { timeout: 30_000 })
      .toBe(`1 letter made (PDF and Word), 1 recorded as posted; ${download.suggestedFilename()} downloaded.`);
    await dialog.screenshot({ path: join(SHOTS, 'batch-dialog-one-letter-en.png') });
    await page.close();
    expect(getCase(store, id).data.mailings).toMatchObject([
      { document: 'letter-before-claim', carrier: 'Royal Mail Signed For' },
    ]);
  });
});
