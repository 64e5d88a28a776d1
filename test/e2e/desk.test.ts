import { parse } from 'csv-parse/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../core/store/edit-case.js';
import type { Store } from '../../core/store/open.js';
import { getCase } from '../../core/store/read-cases.js';
import { readZip } from '../../core/util/read-zip.js';
import { sha256Hex } from '../../core/util/sha256.js';
import { pdfText, shotsFolder, useApp } from '../support/app-page.js';
import { useTempDir } from '../support/temp-dir.js';

const app = useApp();
const tempDir = useTempDir();
const SHOTS = shotsFolder('desk');

/** A company debt of `creditor` whose dates the test controls (the server's today is 2026-11-22). */
function addCase(store: Store, creditor: string, debtor: string, fields: Record<string, unknown>): number {
  return createCase(store, {
    version: 1,
    locale: 'zh-CN',
    title: `${creditor.slice(0, 2)}诉${debtor}买卖合同纠纷`,
    currency: 'CNY',
    creditor: { name: creditor, kind: 'company', address: '上海市浦东新区世纪大道100号' },
    debtors: [{ name: debtor, kind: 'company', role: 'debtor', address: `上海市黄浦区南京东路${debtor.length}号` }],
    contract: { title: '购销合同', number: `HT-${debtor}` },
    claims: [{ id: 'c1', description: '货款', amount: '12000.00', dueDate: '2026-10-01' }],
    ...fields,
  });
}

const sectionOf = (page: Page, group: string) => page.locator(`table.desk tbody[data-group="${group}"]`);
const rowOf = (page: Page, id: number) => page.locator(`table.desk tr[data-case="${id}"]`);
const idsIn = async (page: Page, group: string) =>
  await sectionOf(page, group)
    .locator('tr[data-case]')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-case'))));

describe.skipIf(app.missing)('the desk', () => {
  it('shows what is due as of a chosen day, the broken promises and the deadlines within the window', async () => {
    const store = app.server().store;
    const CREDITOR = '东湖测试贸易有限公司';
    const reminderDue = addCase(store, CREDITOR, '甲建材公司', {});
    const letterToday = addCase(store, CREDITOR, '乙建材公司', {
      claims: [{ id: 'c1', description: '货款', amount: '8000.00', dueDate: '2026-11-01' }],
      events: [{ date: '2026-11-12', kind: 'call', step: 'reminder' }],
    });
    const notYet = addCase(store, CREDITOR, '丙建材公司', {
      claims: [{ id: 'c1', description: '货款', amount: '5000.00', dueDate: '2026-09-01' }],
      events: [
        { date: '2026-09-02', kind: 'call', step: 'reminder' },
        { date: '2026-11-10', kind: 'note', step: 'demand-letter' },
      ],
    });
    const promised = addCase(store, CREDITOR, '丁建材公司', {
      claims: [{ id: 'c1', description: '货款', amount: '3000.00', dueDate: '2026-11-15' }],
      events: [{ date: '2026-11-16', kind: 'promise-to-pay', promise: { amount: '1000.00', dueOn: '2026-11-18' } }],
      payments: [{ date: '2026-11-17', amount: '200.00' }],
    });
    const limitation = addCase(store, CREDITOR, '戊建材公司', {
      claims: [{ id: 'c1', description: '货款', amount: '9000.00', dueDate: '2023-12-15' }],
    });
    const guaranteed = addCase(store, CREDITOR, '己建材公司', {
      debtors: [
        { name: '己建材公司', kind: 'company', role: 'debtor', address: '上海市黄浦区南京东路5号' },
        { name: '李四', kind: 'person', role: 'guarantor', guarantee: { kind: 'joint' } },
      ],
      claims: [{ id: 'c1', description: '货款', amount: '7000.00', dueDate: '2026-06-01' }],
      events: [{ date: '2026-06-02', kind: 'sms', step: 'reminder' }],
    });

    const page = await app.open('#/desk', 'zh');
    const asOf = page.getByLabel('截至日期');
    await expect.poll(() => asOf.inputValue(), { timeout: 30_000 }).toBe('2026-11-22');
    await asOf.fill('2026-11-19');
    await page.getByLabel('期限提示').selectOption('30');
    await page.getByLabel('债权人', { exact: true }).selectOption(CREDITOR);
    // Only what needs attention: the case whose 律师函 falls due on 2026-11-25 is left out.
    // Sorted by the next step's day: the oldest first.
    await expect.poll(() => idsIn(page, 'reminder'), { timeout: 30_000 }).toEqual([limitation, reminderDue, promised]);
    // Each group fills in as its cases' figures arrive from the summary workers: wait for this one too.
    await expect.poll(() => idsIn(page, 'demand-letter'), { timeout: 30_000 }).toEqual([guaranteed, letterToday]);
    expect(await sectionOf(page, 'lawyer-letter').count()).toBe(0);

    expect(await rowOf(page, reminderDue).innerText()).toMatch(/还款提醒\s+逾期 49 天/);
    expect(await rowOf(page, letterToday).innerText()).toMatch(/催款函\s+今日到期/);
    expect(await rowOf(page, guaranteed).innerText()).toContain('逾期 163 天');
    // Three years from 2023-12-15 (民法典 第188条), 26 days after the chosen day; six months of guarantee from 2026-06-01.
    expect(await rowOf(page, limitation).innerText()).toContain('诉讼时效 2026-12-15 届满（余 26 天）');
    expect(await rowOf(page, guaranteed).innerText()).toContain('李四: 保证期间 2026-12-01 届满（余 12 天）');
    expect(await rowOf(page, promised).innerText()).toContain('承诺 2026-11-18 还款 ¥1,000.00，仅还 ¥200.00');
    await page.screenshot({ path: join(SHOTS, 'desk-zh.png'), fullPage: true });

    // A narrower question: everything, sorted by amount, largest first.
    await page.getByLabel('只看需处理的').uncheck();
    await expect.poll(() => idsIn(page, 'lawyer-letter')).toEqual([notYet]);
    expect(await rowOf(page, notYet).innerText()).toContain('2026-11-25 到期');
    await page.getByRole('button', { name: '应付合计' }).click();
    await page.getByRole('button', { name: '应付合计' }).click();
    expect(await page.locator('th[aria-sort="descending"]').innerText()).toContain('应付合计');
    expect(await idsIn(page, 'reminder')).toEqual([reminderDue, limitation, promised]);
    await page.close();

    const en = await app.open('#/desk', 'en');
    await en.getByLabel('As of').fill('2026-11-19');
    await en.getByLabel('Creditor', { exact: true }).selectOption(CREDITOR);
    await expect.poll(() => idsIn(en, 'demand-letter'), { timeout: 30_000 }).toEqual([guaranteed, letterToday]);
    expect(await rowOf(en, reminderDue).innerText()).toMatch(/Reminder\s+49 days overdue/);
    expect(await rowOf(en, letterToday).innerText()).toContain('due today');
    expect(await rowOf(en, limitation).innerText()).toContain('Limitation ends 2026-12-15 (26 days left)');
    expect(await rowOf(en, guaranteed).innerText()).toContain('李四: Guarantee period ends 2026-12-01 (12 days left)');
    expect(await rowOf(en, promised).innerText()).toContain('Promised ¥1,000.00 by 2026-11-18; paid ¥200.00');
    await en.screenshot({ path: join(SHOTS, 'desk-en.png'), fullPage: true });
    await en.close();
  });

  it('makes 50 催款函 for a selection with the EMS list, and records each letter on its case', async () => {
    const store = app.server().store;
    const CREDITOR = '西岭测试供应链有限公司';
    const ids = Array.from({ length: 50 }, (_, i) =>
      addCase(store, CREDITOR, `西岭客户${String(i + 1).padStart(2, '0')}号公司`, {
        claims: [{ id: 'c1', description: '货款', amount: `${1000 + i * 37}.50`, dueDate: '2026-09-01' }],
        events: [{ date: '2026-09-02', kind: 'call', step: 'reminder' }],
      }),
    );

    const en = await app.open('#/desk', 'en');
    await en.getByLabel('Creditor', { exact: true }).selectOption(CREDITOR);
    await expect.poll(() => idsIn(en, 'demand-letter'), { timeout: 30_000 }).toHaveLength(50);
    await en.getByLabel('Select every case shown by the filters').check();
    await en.getByRole('button', { name: 'Make letters…' }).click();
    const enDialog = en.getByRole('dialog');
    expect(await enDialog.innerText()).toContain('Letters for the 50 selected cases');
    await enDialog.screenshot({ path: join(SHOTS, 'batch-dialog-en.png') });
    await enDialog.getByRole('button', { name: 'Close' }).click();
    await en.close();

    const page = await app.open('#/desk', 'zh');
    await page.getByLabel('债权人', { exact: true }).selectOption(CREDITOR);
    await expect.poll(() => idsIn(page, 'demand-letter'), { timeout: 30_000 }).toHaveLength(50);
    await page.getByLabel('全选筛选出的案件').check();
    expect(await page.locator('.toolbar.selection').innerText()).toContain('已选 50 件');
    await page.getByRole('button', { name: '批量生成函件…' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('函件').inputValue()).toBe('demand-letter');
    await dialog.getByLabel(/函号格式/).fill('西岭催字〔2026〕第{n}号');
    await dialog.screenshot({ path: join(SHOTS, 'batch-dialog-zh.png') });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 170_000 }),
      dialog.getByRole('button', { name: '生成' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('letters-demand-letter-2026-11-22.zip');
    const zipFile = join(tempDir(), download.suggestedFilename());
    await download.saveAs(zipFile);
    await expect
      .poll(() => dialog.locator('.ok').innerText(), { timeout: 30_000 })
      .toBe('已生成 50 份函件（PDF 与 Word），50 份记为已寄出，已下载 letters-demand-letter-2026-11-22.zip。');
    await dialog.screenshot({ path: join(SHOTS, 'batch-dialog-done-zh.png') });

    const files = readZip(readFileSync(zipFile), 'letters.zip');
    const pdfs = [...files.keys()].filter((n) => n.endsWith('.pdf'));
    expect(pdfs).toHaveLength(50);
    expect([...files.keys()].filter((n) => n.endsWith('.docx'))).toHaveLength(50);
    const first = ids[0]!;
    const firstPdf = pdfs.find((n) => n.startsWith(`${String(first).padStart(4, '0')}-`))!;
    const pdfFile = join(tempDir(), 'first.pdf');
    writeFileSync(pdfFile, files.get(firstPdf)!);
    const text = pdfText(pdfFile, false).replace(/\s+/g, '');
    for (const words of ['催款函', '西岭客户01号公司', '1,000.50']) expect(text).toContain(words);

    const csv = parse(Buffer.from(files.get('ems-demand-letter-2026-11-22.csv')!).toString('utf8'), { bom: true }) as string[][];
    expect(csv).toHaveLength(51);
    expect(csv.slice(1).map((row) => row[0])).toEqual(ids.map((id) => `CP${id}-m1`));
    expect(csv[1]!.slice(1, 5)).toEqual([
      '西岭客户01号公司',
      '',
      '上海市黄浦区南京东路9号',
      expect.stringMatching(/^催款函（购销合同 HT-西岭客户01号公司，欠款￥[\d,]+\.\d\d）$/),
    ]);

    // Each case records the letter it was sent: the very PDF downloaded, its 函号, template version and sender.
    for (const [i, id] of ids.entries()) {
      const pdf = files.get(pdfs.find((n) => n.startsWith(`${String(id).padStart(4, '0')}-`))!)!;
      expect(getCase(store, id).data.mailings).toEqual([
        expect.objectContaining({
          document: 'demand-letter',
          trackingNo: `CP${id}-m1`,
          sentOn: '2026-11-22',
          letterSha256: sha256Hex(pdf),
          letterNo: `西岭催字〔2026〕第${String(i + 1).padStart(3, '0')}号`,
          templateVersion: expect.stringMatching(/^[0-9a-f]{12}$/),
          sender: CREDITOR,
        }),
      ]);
    }
    await dialog.getByRole('button', { name: '关闭' }).click();
    // The step is taken: the 律师函 is next, not yet due, so nothing of that creditor needs attention.
    await expect.poll(() => page.locator('table.desk tr[data-case]').count(), { timeout: 30_000 }).toBe(0);
    await page.close();

    const casePage = await app.open(`#/case/${first}`, 'zh');
    const mailed = casePage.locator('tr', { hasText: `CP${first}-m1` });
    await expect.poll(() => mailed.innerText(), { timeout: 30_000 }).toContain('2026-11-22-demand-letter.pdf');
    expect(await mailed.innerText()).toContain('EMS');
    // The kept documents list it with its 函号, template version and hash, and save the very PDF again.
    const kept = getCase(store, first).data.mailings[0]!;
    const log = casePage.locator('.card.outputs tbody tr', { hasText: '催款函.pdf' });
    await expect.poll(() => log.count(), { timeout: 30_000 }).toBe(1);
    expect(await log.innerText()).toMatch(
      new RegExp(
        `^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\s+催款函\\s+邮件 m1\\s+\\d{4}-.+-催款函\\.pdf\\s+西岭催字〔2026〕第001号\\s+${kept.templateVersion}\\s+.+\\s+${kept.letterSha256!.slice(0, 16)}…`,
      ),
    );
    const [again] = await Promise.all([casePage.waitForEvent('download'), log.getByRole('button', { name: '再次导出' }).click()]);
    const againFile = join(tempDir(), 'again.pdf');
    await again.saveAs(againFile);
    expect(sha256Hex(readFileSync(againFile))).toBe(kept.letterSha256);
    await casePage.screenshot({ path: join(SHOTS, 'case-letters-log-zh.png'), fullPage: true });
    await casePage.close();
  });
});
