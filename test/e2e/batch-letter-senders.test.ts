import { parse } from 'csv-parse/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../core/api/handlers.js';
import { createCase } from '../../core/store/edit-case.js';
import { getCase } from '../../core/store/read-cases.js';
import { readAppSettings as getSettings } from '../../core/settings/settings-store.js';
import { readZip } from '../../core/util/read-zip.js';
import { pdfText, shotsFolder, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const app = useApp();
const tempDir = useTempDir();
const SHOTS = shotsFolder('editor');
/** A 1×1 PNG. */
const PNG =
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082';
const CREDITOR = '北辰测试五金有限公司';
const OWN = { id: 's1', kind: 'creditor', name: CREDITOR, lines: ['天津市北辰区京津路1号'], prefix: '北辰催' };
const FIRM = {
  id: 's2',
  kind: 'law-firm',
  name: '天津衡平律师事务所',
  lines: ['天津市和平区南京路9号'],
  phone: '022-2300 0009',
  lawyer: { name: '吴静', licenseNo: '11201201511223344' },
  prefix: '衡平律函',
};

describe.skipIf(app.missing)('the batch-letters dialog’s sender', () => {
  it('starts with the step’s default sender, and letters under the one chosen carry its letterhead and its next 函号s', async () => {
    const store = app.server().store;
    const ids = ['甲', '乙', '丙'].map((name, i) =>
      createCase(store, {
        version: 1,
        locale: 'zh-CN',
        title: `北辰诉${name}五金店买卖合同纠纷`,
        currency: 'CNY',
        creditor: { name: CREDITOR, kind: 'company', address: '天津市北辰区京津路1号' },
        debtors: [{ name: `${name}五金店`, kind: 'company', role: 'debtor', address: `天津市河北区中山路${i + 1}号` }],
        contract: { title: '购销合同', number: `BC-${i + 1}` },
        claims: [{ id: 'c1', description: '货款', amount: `${3000 + i * 100}.00`, dueDate: '2026-09-01' }],
        events: [{ date: '2026-09-02', kind: 'call', step: 'reminder' }],
      }),
    );
    const context = { store, today: () => '2026-11-22' };
    await callApi(context, 'settings/update', { senders: [OWN, FIRM] });
    // The firm already numbered one letter this year: the batch goes on from 第002号.
    store.db
      .prepare(
        "INSERT INTO letter_numbers VALUES ('s2', '衡平律函〔2026〕第001号', 2026, 1, 99999, 'lawyer-letter', '2026-11-01')",
      )
      .run();

    const en = await app.open('#/desk', 'en');
    await en.getByLabel('Creditor', { exact: true }).selectOption(CREDITOR);
    await expect.poll(() => en.locator('table.desk tr[data-case]').count(), { timeout: 30_000 }).toBe(3);
    await en.getByLabel('Select every case shown by the filters').check();
    await en.getByRole('button', { name: 'Make letters…' }).click();
    const enDialog = en.getByRole('dialog');
    await expect
      .poll(() => enDialog.getByLabel('Sender').locator('option:checked').innerText())
      .toBe(`${CREDITOR} · The creditor itself`);
    await enDialog.screenshot({ path: join(SHOTS, 'batch-sender-en.png') });
    await enDialog.getByRole('button', { name: 'Close' }).click();
    await en.close();

    const page = await app.open('#/desk', 'zh');
    await page.getByLabel('债权人', { exact: true }).selectOption(CREDITOR);
    await expect.poll(() => page.locator('table.desk tr[data-case]').count(), { timeout: 30_000 }).toBe(3);
    await page.getByLabel('全选筛选出的案件').check();
    await page.getByRole('button', { name: '批量生成函件…' }).click();
    const dialog = page.getByRole('dialog');
    const sender = dialog.getByLabel('发函主体');
    // A 催款函 starts with the creditor's own letterhead, as a single letter would.
    await expect.poll(() => sender.locator('option:checked').innerText()).toBe(`${CREDITOR} · 债权人自己`);
    expect(await dialog.innerText()).toContain('北辰催〔2026〕第001号');
    await sender.selectOption('s2');
    expect(await dialog.innerText()).toContain('每份函件依次取该主体的下一个函号（如 衡平律函〔2026〕第002号）');
    await dialog.screenshot({ path: join(SHOTS, 'batch-sender-zh.png') });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      dialog.getByRole('button', { name: '生成' }).click(),
    ]);
    const zipFile = join(tempDir(), download.suggestedFilename());
    await download.saveAs(zipFile);
    await expect.poll(() => dialog.locator('.ok').innerText(), { timeout: 30_000 }).toContain('已生成 3 份函件');
    await page.close();

    const files = readZip(readFileSync(zipFile), 'letters.zip');
    for (const [i, id] of ids.entries()) {
      const name = [...files.keys()].find((n) => n.startsWith(`${String(id).padStart(4, '0')}-`) && n.endsWith('.pdf'))!;
      const pdf = join(tempDir(), `letter-${i}.pdf`);
      writeFileSync(pdf, files.get(name)!);
      const text = pdfText(pdf, false).replace(/\s+/g, '');
      // The chosen firm's letterhead, and consecutive numbers of its run, in the order of the cases.
      expect(text).toContain(`天津衡平律师事务所天津市和平区南京路9号022-23000009催款函衡平律函〔2026〕第00${i + 2}号`);
      expect(getCase(store, id).data.mailings).toEqual([
        expect.objectContaining({ letterNo: `衡平律函〔2026〕第00${i + 2}号`, sender: FIRM.name }),
      ]);
    }
    const csv = parse(Buffer.from(files.get('ems-demand-letter-2026-11-22.csv')!).toString('utf8'), { bom: true }) as string[][];
    expect(csv.slice(1).map((row) => row.slice(5, 8))).toEqual(ids.map(() => [FIRM.name, FIRM.phone, FIRM.lines[0]]));
    expect(
      store.db.prepare("SELECT letter_no AS no, case_id AS caseId FROM letter_numbers WHERE sender = 's2' ORDER BY seq").all(),
    ).toEqual([
      { no: '衡平律函〔2026〕第001号', caseId: 99999 },
      ...ids.map((caseId, i) => ({ no: `衡平律函〔2026〕第00${i + 2}号`, caseId })),
    ]);
  });

  it('lets Settings mark a default sender of each kind, which the dialog then starts with (zh and en)', async () => {
    const store = app.server().store;
    const other = {
      id: 's3',
      kind: 'creditor',
      name: '北辰测试五金有限公司天津分公司',
      lines: ['天津市西青区1号'],
      prefix: '北辰津',
    };
    await callApi({ store, today: () => '2026-11-22' }, 'settings/update', { senders: [OWN, FIRM, other] });
    const defaults = () => (getSettings(store).senders ?? []).filter((s) => s.default).map((s) => s.id);

    const en = await app.open('#/settings', 'en');
    const enList = en.locator('.sender-list');
    await enList.waitFor();
    await en.getByRole('button', { name: `Make “${other.name}” the default sender for letters of its kind` }).click();
    await expect
      .poll(() => enList.locator('li', { hasText: other.name }).innerText())
      .toContain('Default (demand letters sent with no sender chosen)');
    expect(defaults()).toEqual(['s3']);
    await en.locator('.senders').screenshot({ path: join(SHOTS, 'sender-default-settings-en.png') });
    await en.close();

    // A case of its own at the 催款函 step (the first test's cases have had theirs).
    const creditor = '西青测试机电有限公司';
    createCase(store, {
      version: 1,
      locale: 'zh-CN',
      title: '西青诉丁五金店买卖合同纠纷',
      currency: 'CNY',
      creditor: { name: creditor, kind: 'company' },
      debtors: [{ name: '丁五金店', kind: 'company', role: 'debtor', address: '天津市西青区中山路9号' }],
      claims: [{ id: 'c1', description: '货款', amount: '5000.00', dueDate: '2026-09-01' }],
      events: [{ date: '2026-09-02', kind: 'call', step: 'reminder' }],
    });
    const page = await app.open('#/desk', 'zh');
    await page.getByLabel('债权人', { exact: true }).selectOption(creditor);
    await expect.poll(() => page.locator('table.desk tr[data-case]').count(), { timeout: 30_000 }).toBe(1);
    await page.getByLabel('全选筛选出的案件').check();
    await page.getByRole('button', { name: '批量生成函件…' }).click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.getByLabel('发函主体').locator('option:checked').innerText())
      .toBe(`${other.name} · 债权人自己 · 默认`);
    expect(await dialog.innerText()).toContain('北辰津〔2026〕第001号');
    await dialog.screenshot({ path: join(SHOTS, 'sender-default-batch-zh.png') });
    await dialog.getByRole('button', { name: '关闭' }).click();

    // Back to the creditor's own letterhead, in the Chinese Settings: the mark moves, the firm's kind is untouched.
    await page.goto(page.url().replace(/#.*$/, '#/settings'));
    const list = page.locator('.sender-list');
    await list.waitFor();
    await page.getByRole('button', { name: `将“${CREDITOR}”设为同类函件的默认发函主体` }).click();
    await expect.poll(() => list.locator('li').first().innerText()).toContain('默认（催款函等未选发函主体的函件）');
    expect(defaults()).toEqual(['s1']);
    await page.getByRole('button', { name: `将“${FIRM.name}”设为同类函件的默认发函主体` }).click();
    await expect.poll(() => defaults()).toEqual(['s1', 's2']);
    await expect.poll(() => list.innerText()).toContain('默认（律师函）');
    // The creditor's own letterhead gets its own logo, stored for that sender only.
    await page
      .locator('input[name="sender-logo-s1"]')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'hex') });
    await expect.poll(() => list.locator('li').first().innerText()).toContain('有标志');
    expect((getSettings(store).senders ?? []).map((s) => [s.id, s.logo?.type ?? null])).toEqual([
      ['s1', 'image/png'],
      ['s2', null],
      ['s3', null],
    ]);
    await expect.poll(() => list.locator('li').first().innerText()).toContain('更换标志');
    await page.locator('.senders').screenshot({ path: join(SHOTS, 'sender-default-settings-zh.png') });
    await page.close();
  });
});
