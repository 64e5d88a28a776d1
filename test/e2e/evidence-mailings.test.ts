import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../core/store/edit-case.js';
import { getCase } from '../../core/store/read-cases.js';
import { sha256Hex } from '../../core/util/sha256.js';
import { PROJECT_ROOT } from '../../core/project-root.js';
import { pdfPages, shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
const SHOTS = shotsFolder('editor');
const EXAMPLE = join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods');
const CONTRACT = join(EXAMPLE, 'evidence', 'contract.pdf');
const PNG = join(EXAMPLE, 'evidence', 'bank-receipt.png');
type FilePayload = { name: string; mimeType: string; buffer: Buffer };
const payload = (path: string, name = path.split('/').pop()!): FilePayload => ({
  name,
  mimeType: name.endsWith('.png') ? 'image/png' : 'application/pdf',
  buffer: readFileSync(path),
});

const mailing = (id: string, trackingNo: string) => ({
  id,
  document: 'demand-letter',
  carrier: 'EMS',
  trackingNo,
  sentOn: '2026-11-02',
  to: 0,
  address: '浙江省杭州市拱墅区莫干山路568号',
  status: 'in-transit',
});
const CASE = {
  version: 1,
  locale: 'zh-CN',
  title: '证据与邮寄',
  currency: 'CNY',
  creditor: { name: '上海澄川机电设备有限公司', kind: 'company' },
  debtors: [{ name: '杭州明禾建材贸易有限公司', kind: 'company', role: 'debtor' }],
  claims: [{ id: 'C1', description: '货款', amount: '1000.00', dueDate: '2026-01-01' }],
  mailings: [mailing('M1', '1150000000001'), mailing('M2', '1150000000002')],
};

/** Chooses files through the labelled button, as a user does: the browser's file chooser, not a bare input. */
async function choose(page: Page, button: string, files: FilePayload[]) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles(files);
}

describe.skipIf(app.missing)('evidence and mailings on the case screen', () => {
  it('adds several files at once, keeping every one, then renames, previews and removes an exhibit (zh)', async () => {
    const store = app.server().store;
    const id = createCase(store, CASE);
    const page = await app.open(`#/case/${id}`, 'zh');
    const card = page.locator('.evidence-card');
    // Three files in one choice (the same name twice), then one more: all four wait to be described, none dropped.
    await choose(page, '选择文件…', [payload(CONTRACT), payload(PNG), payload(CONTRACT)]);
    await choose(page, '选择文件…', [payload(CONTRACT, '对账单.pdf')]);
    await expect.poll(() => card.locator('fieldset.pending-file').count()).toBe(4);
    for (const i of [0, 1, 3]) await card.locator(`input[name=pending-${i}-purpose]`).fill(`证明目的${i + 1}`);
    await card.locator('input[name=pending-1-source]').fill('中国工商银行');
    await card.locator('input[name=pending-1-original]').uncheck();
    await page.screenshot({ path: join(SHOTS, 'evidence-pending-zh.png'), fullPage: true });
    await card.getByRole('button', { name: '添加这 4 个文件' }).click();

    // The one left without a purpose stays, with its reason in Chinese; the other three are stored.
    await expect.poll(() => getCase(store, id).data.evidence.length, { timeout: 20_000 }).toBe(3);
    await expect.poll(() => card.locator('fieldset.pending-file').count()).toBe(1);
    const refused = await card.locator('fieldset.pending-file [role=alert]').innerText();
    expect(refused).toContain('证明目的');
    expect(refused).not.toMatch(/entry|purpose|evidence\//);
    await card.locator('input[name=pending-0-purpose]').fill('证明合同副本');
    await card.getByRole('button', { name: '添加这 1 个文件' }).click();
    await expect.poll(() => getCase(store, id).data.evidence.length, { timeout: 20_000 }).toBe(4);
    const stored = getCase(store, id);
    expect(stored.data.evidence.map((e) => [e.title, e.file, e.purpose, e.original, e.source])).toEqual([
      ['contract', 'evidence/contract.pdf', '证明目的1', true, undefined],
      ['bank-receipt', 'evidence/bank-receipt.png', '证明目的2', false, '中国工商银行'],
      ['对账单', 'evidence/对账单.pdf', '证明目的4', true, undefined],
      ['contract', 'evidence/contract-2.pdf', '证明合同副本', true, undefined],
    ]);
    expect(new Set(stored.files.map((f) => f.sha256)).size).toBe(2);

    // Renamed and described again in place; a title left blank is refused under its field.
    const row = card.locator('table.evidence tr', { hasText: 'bank-receipt' });
    await row.getByRole('button', { name: '修改' }).click();
    const title = card.locator('input[name="evidence[1].title"]');
    await title.fill('');
    await card.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(() => card.locator('.evidence-edit .field-error').innerText()).toBe('必填。');
    await title.fill('银行回单');
    await card.locator('input[name="evidence[1].purpose"]').fill('证明已付 2 万元');
    await card.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(() => getCase(store, id).data.evidence[1]?.title, { timeout: 20_000 }).toBe('银行回单');
    expect(getCase(store, id).data.evidence[1]).toMatchObject({ purpose: '证明已付 2 万元', file: 'evidence/bank-receipt.png' });

    // The preview opens every page of the PDF in a dialog; Escape closes it.
    await card.getByRole('button', { name: '打开预览：对账单' }).click();
    const dialog = page.getByRole('dialog', { name: '预览：对账单' });
    await expect
      .poll(() => dialog.locator('.pdf-preview').getAttribute('data-pages'), { timeout: 20_000 })
      .toBe(String(pdfPages(CONTRACT)));
    await page.screenshot({ path: join(SHOTS, 'evidence-preview-zh.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    // Removed after a confirmation, as a revision: undo brings it and its file back.
    await card.locator('table.evidence tr', { hasText: '证明合同副本' }).getByRole('button', { name: '删除' }).click();
    await card.getByRole('alertdialog').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => getCase(store, id).data.evidence.length, { timeout: 20_000 }).toBe(3);
    expect(getCase(store, id).files.map((f) => f.path)).not.toContain('evidence/contract-2.pdf');
    // The history shows the removal at once (no reload) and takes it back.
    await page.getByRole('button', { name: '撤销上一次修改' }).click();
    await expect.poll(() => getCase(store, id).data.evidence.length, { timeout: 20_000 }).toBe(4);
    await page.locator('.evidence-card').screenshot({ path: join(SHOTS, 'evidence-zh.png') });
    await page.close();
  });

  it('changes a mailing’s status and dates, uses a tracking number once, and links the very letter kept with the case (zh)', async () => {
    const store = app.server().store;
    const id = createCase(store, CASE);
    const page = await app.open(`#/case/${id}`, 'zh');
    const card = page.locator('.mailings');
    const letter = readFileSync(CONTRACT);
    const first = card.locator('tr', { hasText: '1150000000001' });
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      first.locator('td').nth(8).getByRole('button', { name: '上传' }).click(),
    ]);
    await chooser.setFiles({ name: '催款函.pdf', mimeType: 'application/pdf', buffer: letter });
    await expect.poll(() => getCase(store, id).data.mailings[0]?.letter, { timeout: 20_000 }).toBe('mailings/催款函.pdf');

    // The letter kept with M1 is offered for M2: linked, it is the same file with the same hash.
    await page.getByLabel('为 1150000000002 关联已保存的信件').selectOption('mailings/催款函.pdf');
    await card.locator('tr', { hasText: '1150000000002' }).getByRole('button', { name: '关联' }).click();
    await expect.poll(() => getCase(store, id).data.mailings[1]?.letter, { timeout: 20_000 }).toBe('mailings/催款函.pdf');
    expect(getCase(store, id).data.mailings[1]?.letterSha256).toBe(sha256Hex(letter));

    // Delivered before it was sent: refused under the field, in Chinese; then the right date.
    await page.getByRole('button', { name: '修改: 邮寄记录 1150000000001' }).click();
    await card.locator('select[name="mailings[0].status"]').selectOption('delivered');
    await card.locator('input[name="mailings[0].deliveredOn"]').fill('2026-11-01');
    await card.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(() => card.locator('.mailing-edit .field-error').innerText()).toBe('不能早于 2026-11-02。');
    await page.screenshot({ path: join(SHOTS, 'mailing-refused-zh.png'), fullPage: true });
    await card.locator('input[name="mailings[0].deliveredOn"]').fill('2026-11-04');
    await card.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(() => getCase(store, id).data.mailings[0]?.status, { timeout: 20_000 }).toBe('delivered');
    expect(getCase(store, id).data.mailings[0]?.deliveredOn).toBe('2026-11-04');

    // A tracking number used once: the second mailing cannot take the first one's.
    await page.getByRole('button', { name: '修改: 邮寄记录 1150000000002' }).click();
    await card.locator('input[name="mailings[1].trackingNo"]').fill('1150000000001');
    await card.getByRole('button', { name: '保存修改' }).click();
    await expect
      .poll(() => card.locator('.mailing-edit .field-error').innerText())
      .toBe('运单号 1150000000001 已用于另一条邮寄记录。');
    expect(getCase(store, id).data.mailings[1]?.trackingNo).toBe('1150000000002');
    await card.getByRole('button', { name: '取消' }).click();
    await card.screenshot({ path: join(SHOTS, 'mailings-zh.png') });
    await page.close();
  });

  it('refuses an editor save over a case changed meanwhile in another panel, and says so (zh, en)', async () => {
    const store = app.server().store;
    for (const lang of ['zh', 'en'] as const) {
      const id = createCase(store, CASE);
      const page = await app.open(`#/case/${id}`, lang);
      await page.getByRole('button', { name: lang === 'zh' ? '编辑案件' : 'Edit case' }).click();
      await page.locator('form.case-editor input[name="claims[0].description"]').fill('货款（已改）');
      // Meanwhile, a mailing is changed in its own panel.
      await page.getByRole('button', { name: `${lang === 'zh' ? '修改: 邮寄记录' : 'Edit: Mailing'} 1150000000001` }).click();
      await page.locator('input[name="mailings[0].address"]').fill('杭州市新地址');
      await page.getByRole('button', { name: lang === 'zh' ? '保存修改' : 'Save changes' }).click();
      await expect.poll(() => getCase(store, id).data.mailings[0]?.address, { timeout: 20_000 }).toBe('杭州市新地址');

      await page.getByRole('button', { name: lang === 'zh' ? '保存案件' : 'Save case' }).click();
      const alert = page.locator('form.case-editor [role=alert] pre');
      await alert.waitFor();
      expect(await alert.innerText()).toContain(
        lang === 'zh' ? '案件在您打开编辑器后已被修改' : 'The case was changed after you opened the editor',
      );
      await page.screenshot({ path: join(SHOTS, `editor-stale-${lang}.png`), fullPage: true });
      const after = getCase(store, id).data;
      expect(after.mailings[0]?.address).toBe('杭州市新地址');
      expect(after.claims[0]?.description).toBe('货款');
      await page.close();
    }
  });

  it('shows the same panels in English, with labelled buttons rather than the browser’s file control', async () => {
    const store = app.server().store;
    const id = createCase(store, CASE);
    const page = await app.open(`#/case/${id}`, 'en');
    await choose(page, 'Choose files…', [payload(CONTRACT), payload(PNG)]);
    await page.locator('input[name=pending-0-purpose]').fill('The contract');
    await page.locator('input[name=pending-1-purpose]').fill('The payment');
    await page.getByRole('button', { name: 'Add these 2 files' }).click();
    await expect.poll(() => getCase(store, id).data.evidence.length, { timeout: 20_000 }).toBe(2);
    await page.getByRole('button', { name: 'Edit: Mailing 1150000000001' }).click();
    // No Chinese but the case's own data (the debtor, the address the mailings went to).
    const text = (await page.locator('.evidence-card, .mailings').allInnerTexts()).join('\n');
    const withoutData = text.replaceAll(CASE.debtors[0]!.name, '').replaceAll(CASE.mailings[0]!.address, '');
    expect(withoutData).not.toMatch(/\p{Script=Han}/u);
    expect(text).toContain('Choose files…');
    await page.locator('.evidence-card').screenshot({ path: join(SHOTS, 'evidence-en.png') });
    await page.locator('.mailings').screenshot({ path: join(SHOTS, 'mailings-en.png') });
    await page.close();
  });
});
