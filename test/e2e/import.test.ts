import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleBatchCsv, sampleRow, SAMPLE_HEADER } from '../../core/batch-import/sample-batch.js';
import { changeCase } from '../../core/store/edit-case.js';
import { getCase } from '../../core/store/read-cases.js';
import type { Store } from '../../core/store/open.js';
import { caseIdByContract, shotsFolder, useApp } from '../support/app-page.js';

const app = useApp();
/** Screenshots of this feature, looked at by a person in both languages. */
const SHOTS = shotsFolder('import');
const dir = mkdtempSync(join(tmpdir(), 'casepack-e2e-import-'));
const CREDITOR = '华夏示范银行股份有限公司信用卡中心';

/** The sample bank export with its phone column under a header no synonym knows, so the user maps it by hand. */
const HEADER = SAMPLE_HEADER.map((h) => (h === '手机' ? '联系方式1' : h));
const badAmount = (i: number) => (i === 6 ? sampleRow(i).map((v, c) => (c === 4 ? '12,34.5x' : v)) : sampleRow(i));
/** The same rows under contracts of their own, so that what another test imported is not "already there". */
const otherContracts = (i: number) => badAmount(i).map((v) => v.replace(/^XYK-2024-/, 'XYK-2025-'));
function gbkFile(name: string, count: number, rows = sampleRow): string {
  const csv = sampleBatchCsv(count, rows).replace(SAMPLE_HEADER.join(','), HEADER.join(','));
  const file = join(dir, name);
  writeFileSync(file, iconv.encode(csv, 'gbk'));
  return file;
}

const importedCases = (store: Store) =>
  (store.db.prepare("SELECT count(*) AS n FROM cases WHERE contract_number LIKE 'XYK-2024-%'").get() as { n: number }).n;
const revisions = (store: Store) => (store.db.prepare('SELECT count(*) AS n FROM case_revisions').get() as { n: number }).n;

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

/** Latin words on a Chinese screen that are not names of formats and programs, nor case data (contract numbers, the file's name). */
function englishWords(text: string): string[] {
  const allowed = new Set(['CSV', 'XLSX', 'UTF', 'GBK', 'Excel', 'Windows', 'Unicode', 'CasePack', 'English', 'csv', 'XYK']);
  return (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !allowed.has(w));
}

describe.skipIf(app.missing)('batch import and tracking results in the app', () => {
  it('imports a 200-row GBK CSV: one column mapped by hand, a bad row named and fixed, a re-import changes nothing (zh)', async () => {
    const store = app.server().store;
    const page = await app.open('#/import', 'zh');
    const file = gbkFile('逾期客户.csv', 200, badAmount);
    await page.getByLabel('选择 CSV 或 XLSX 文件').setInputFiles(file);
    await expect
      .poll(() => page.locator('.file-found').innerText(), { timeout: 20_000 })
      .toContain('逾期客户.csv：CSV，200 行数据');
    expect(await page.locator('.encoding').innerText()).toBe('GBK / GB18030（中文 Windows、Excel）');
    expect(await page.locator('.import-sample tbody tr').first().innerText()).toContain(sampleRow(0)[1]);
    expect(await page.locator('select[name=column-amount]').inputValue()).toBe('逾期金额（元）');
    expect(await page.locator('select[name=column-phone]').inputValue()).toBe('');
    await page.locator('select[name=column-phone]').selectOption('联系方式1');
    await page.locator('input[name=creditorName]').fill(CREDITOR);
    await page.locator('select[name=debtKind]').selectOption('credit-card');
    await page.locator('select[name=lateKind]').selectOption('daily-rate');
    await page.locator('input[name=lateRate]').fill('0.0005');
    await shot(page, '1-file-and-mapping-zh.png');

    await page.getByRole('button', { name: '试运行' }).click();
    const dry = page.locator('.dry-run');
    await expect
      .poll(() => dry.locator('.summary').innerText(), { timeout: 20_000 })
      .toBe('共 200 行：199 个新案件，0 个已存在（不改动），1 行有问题。');
    expect((await dry.locator('.row-problems tbody tr').innerText()).split('\t')).toEqual([
      '8',
      '逾期金额（元）',
      '12,34.5x',
      '不是金额：应为 12345.60、¥12,345.60 或 12345.6元 这样的写法',
    ]);
    expect(await page.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);
    expect(englishWords(await page.locator('.import-screen').innerText())).toEqual([]);
    await shot(page, '2-dry-run-bad-row-zh.png');

    // The row is fixed in the file and the file chosen again: the column mapped by hand stays as it was.
    gbkFile('逾期客户.csv', 200);
    await page.getByLabel('选择 CSV 或 XLSX 文件').setInputFiles(file);
    await expect.poll(() => page.locator('.dry-run').count(), { timeout: 20_000 }).toBe(0);
    expect(await page.locator('select[name=column-phone]').inputValue()).toBe('联系方式1');
    await page.getByRole('button', { name: '试运行' }).click();
    await expect
      .poll(() => dry.locator('.summary').innerText(), { timeout: 20_000 })
      .toBe('共 200 行：200 个新案件，0 个已存在（不改动），0 行有问题。');
    expect(await dry.locator('.notice').innerText()).toBe(
      '200 行有合同编号但没有合同名称：合同名称定为《信用卡领用合约》，合同编号照原样保留。',
    );
    await shot(page, '3-dry-run-clean-zh.png');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect
      .poll(() => page.locator('.ok').first().innerText(), { timeout: 60_000 })
      .toContain('导入完成：新建 200 个案件，0 个已存在未改动。');
    await shot(page, '4-imported-zh.png');
    expect(importedCases(store)).toBe(200);
    const first = getCase(store, caseIdByContract(store, 'XYK-2024-000001')).data;
    expect(first.debtors[0]).toMatchObject({ name: sampleRow(0)[1], phone: '13810000000' });
    expect(first.claims[0]).toMatchObject({ amount: '1000.00', dueDate: '2024-01-01' });
    expect(first.contract).toEqual({ title: '信用卡领用合约', number: 'XYK-2024-000001' });
    expect(first.lateCharge).toEqual({ kind: 'daily-rate', rate: '0.0005' });
    // Row 8 once held the bad amount; fixed, it reads 48514.22 in full-width digits.
    expect(sampleRow(6)[4]).toBe('４８５１４.２２');
    const eighth = getCase(store, caseIdByContract(store, 'XYK-2024-000007')).data;
    expect(eighth.claims[0]!.amount).toBe('48514.22');

    // A second re-import, in a new window: the creditor's mapping comes back by itself, and nothing changes.
    const before = revisions(store);
    const again = await app.open('#/import', 'zh');
    await again.locator('input[name=creditorName]').fill(CREDITOR);
    await again.locator('input[name=creditorName]').blur();
    await again.getByLabel('选择 CSV 或 XLSX 文件').setInputFiles(file);
    await expect.poll(() => again.locator('select[name=column-phone]').inputValue(), { timeout: 20_000 }).toBe('联系方式1');
    expect(await again.locator('.import-screen').innerText()).toContain('已套用此债权人上次使用的对应关系。');
    await again.locator('select[name=debtKind]').selectOption('credit-card');
    await again.getByRole('button', { name: '试运行' }).click();
    await expect
      .poll(() => again.locator('.dry-run .summary').innerText(), { timeout: 20_000 })
      .toBe('共 200 行：0 个新案件，200 个已存在（不改动），0 行有问题。');
    await shot(again, '5-reimport-dry-run-zh.png');
    await again.getByRole('button', { name: '导入', exact: true }).click();
    await expect
      .poll(() => again.locator('.ok').first().innerText(), { timeout: 60_000 })
      .toContain('导入完成：新建 0 个案件，200 个已存在未改动。');
    expect(importedCases(store)).toBe(200);
    expect(revisions(store)).toBe(before);
    await page.close();
    await again.close();
  });

  it('names a bad row in English, with the file data as written', async () => {
    const page = await app.open('#/import', 'en');
    await page.getByLabel('Choose a CSV or XLSX file').setInputFiles(gbkFile('overdue.csv', 20, otherContracts));
    await expect
      .poll(() => page.locator('.file-found').innerText(), { timeout: 20_000 })
      .toContain('overdue.csv: CSV, 20 data rows');
    expect(await page.locator('.encoding').innerText()).toBe('GBK / GB18030 (Chinese Windows, Excel)');
    await page.locator('select[name=column-phone]').selectOption('联系方式1');
    await page.locator('input[name=creditorName]').fill('Example Bank plc');
    await shot(page, '1-file-and-mapping-en.png');
    await page.getByRole('button', { name: 'Dry run' }).click();
    const dry = page.locator('.dry-run');
    await expect
      .poll(() => dry.locator('.summary').innerText(), { timeout: 20_000 })
      .toBe('20 rows: 19 new cases, 0 already there (left as they are), 1 with problems.');
    expect((await dry.locator('.row-problems tbody tr').innerText()).split('\t')).toEqual([
      '8',
      '逾期金额（元）',
      '12,34.5x',
      'Not an amount: write it like 12345.60 or ¥12,345.60',
    ]);
    await shot(page, '2-dry-run-bad-row-en.png');
    await page.close();
  });

  it.each(['zh', 'en'] as const)('maps the acknowledgment columns and names a bad answer in the file (%s)', async (lang) => {
    const zh = lang === 'zh';
    const header = zh
      ? '客户姓名,合同编号,本金,到期日,确认日期,确认方式,是否同意履行'
      : 'Name,Contract No,Amount,Due Date,Acknowledged On,Acknowledgment Kind,Agrees To Perform';
    const rows = [
      `甲某,ACK-${lang}-1,100,2020-03-16,2023-04-10,${zh ? '债务确认,是' : 'acknowledgment,yes'}`,
      `乙某,ACK-${lang}-2,200,2020-03-16,2023-04-10,${zh ? '签收催款函,也许' : 'signed demand,maybe'}`,
    ];
    const file = join(dir, `acknowledged-${lang}.csv`);
    writeFileSync(file, [header, ...rows].join('\n'));
    const page = await app.open('#/import', lang);
    await page.getByLabel(zh ? '选择 CSV 或 XLSX 文件' : 'Choose a CSV or XLSX file').setInputFiles(file);
    await expect.poll(() => page.locator('.file-found').innerText(), { timeout: 20_000 }).toContain(`acknowledged-${lang}.csv`);
    const [date, kind, agrees] = header.split(',').slice(4);
    expect(await page.locator('select[name=column-acknowledgedOn]').inputValue()).toBe(date);
    expect(await page.locator('select[name=column-acknowledgmentKind]').inputValue()).toBe(kind);
    expect(await page.locator('select[name=column-agreesToPerform]').inputValue()).toBe(agrees);
    await page.locator('input[name=creditorName]').fill(zh ? CREDITOR : 'Example Bank plc');
    await page.getByRole('button', { name: zh ? '试运行' : 'Dry run' }).click();
    const dry = page.locator('.dry-run');
    await expect.poll(() => dry.locator('.row-problems tbody tr').count(), { timeout: 20_000 }).toBe(1);
    expect((await dry.locator('.row-problems tbody tr').innerText()).split('\t')).toEqual(
      zh ? ['3', '是否同意履行', '也许', '应为“是”或“否”'] : ['3', 'Agrees To Perform', 'maybe', 'Expected yes or no'],
    );
    if (zh)
      expect(
        englishWords(await page.locator('.import-screen').innerText()).filter((w) => !['ACK', 'acknowledged'].includes(w)),
      ).toEqual([]);
    await page.screenshot({ path: join(shotsFolder('legal'), `import-acknowledgment-${lang}.png`), fullPage: true });
    await page.close();
  });

  it.each(['zh', 'en'] as const)('loads a tracking file that changes a mailing’s status (%s)', async (lang) => {
    const store = app.server().store;
    const id = caseIdByContract(store, 'CC-2024-0312');
    const [refused, returned] = lang === 'zh' ? ['EA100000001CN', 'EA100000002CN'] : ['EA200000001CN', 'EA200000002CN'];
    changeCase(store, id, (raw) => {
      const mailing = {
        document: 'demand-letter',
        carrier: 'EMS',
        sentOn: '2026-11-01',
        to: 0,
        address: '上海市',
        status: 'in-transit',
      };
      (raw.mailings as unknown[]).push({ ...mailing, id: `t-${refused}`, trackingNo: refused });
      (raw.mailings as unknown[]).push({ ...mailing, id: `t-${returned}`, trackingNo: returned });
    });
    const csv = `邮件号,状态,日期\r\n${refused},收件人拒收,2026-11-05\r\n${returned},退回,2026-11-06\r\nEA999999999CN,妥投,2026-11-06\r\n`;
    const file = join(dir, `ems-${lang}.csv`);
    writeFileSync(file, iconv.encode(csv, 'gbk'));
    const page = await app.open('#/import', lang);
    await page.getByLabel(lang === 'zh' ? '选择跟踪结果文件' : 'Choose a tracking file').setInputFiles(file);
    const report = page.locator('.tracking-report');
    await expect.poll(() => report.locator('.tracking-applied tbody tr').count(), { timeout: 20_000 }).toBe(2);
    const rows = await report.locator('.tracking-applied tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').slice(2))).toEqual(
      lang === 'zh'
        ? [
            [refused, '拒收', '2026-11-05', '视为送达（《诉讼时效规定》第八条）'],
            [returned, '退回', '2026-11-06', '未送达：地址非约定或登记地址，请核实后重新送达'],
          ]
        : [
            [refused, 'Refused', '2026-11-05', 'Deemed delivered (Limitation Provisions art. 8)'],
            [returned, 'Returned', '2026-11-06', 'Not delivered: not the agreed or registered address; check it and serve again'],
          ],
    );
    expect((await report.locator('.row-problems tbody tr').innerText()).split('\t')).toEqual([
      '4',
      lang === 'zh' ? '邮件号' : 'Tracking number',
      'EA999999999CN',
      lang === 'zh' ? '没有邮件使用此邮件号或客户单号' : 'No mailing has this tracking number or reference',
    ]);
    await shot(page, `6-tracking-${lang}.png`);
    const data = getCase(store, id).data;
    expect(data.mailings.find((m) => m.trackingNo === refused)).toMatchObject({ status: 'refused', deliveredOn: '2026-11-05' });
    expect(data.mailings.find((m) => m.trackingNo === returned)).toMatchObject({ status: 'returned', deliveredOn: '2026-11-06' });
    expect(data.events.filter((e) => e.mailing === `t-${refused}`).map((e) => e.kind)).toEqual(['demand-delivered']);
    expect(data.events.filter((e) => e.mailing === `t-${returned}`).map((e) => e.kind)).toEqual(['note']);
    await page.close();
  });
});
