import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { getCase } from '../store/read-cases.js';
import { openStore, type Store } from '../store/open.js';
import { parseBatchDefaults } from './defaults.js';
import { BatchImportError } from './errors.js';
import { importBatch } from './import-batch.js';
import { sampleBatchCsv, sampleRow, SAMPLE_DEFAULTS, SAMPLE_HEADER } from './sample-batch.js';

const tempDir = useTempDir();
const defaults = parseBatchDefaults('defaults.json', SAMPLE_DEFAULTS);
let store: Store | undefined;
afterEach(() => store?.close());

function setup(name: string, bytes: Uint8Array | string): { file: string; store: Store } {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, bytes);
  store = openStore(join(dir, 'casepack.db'));
  return { file, store };
}

const count = (s: Store) => (s.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;

describe('importBatch', () => {
  it('imports a GBK CSV of 500 rows with mixed formats in one go, and a re-import adds nothing', async () => {
    const { file, store } = setup('overdue.csv', iconv.encode(sampleBatchCsv(500), 'gbk'));
    const events: string[] = [];
    const report = await importBatch(store, file, {
      defaults,
      onProgress: (e) => events.push(`${e.phase} ${e.done}/${e.total}`),
    });
    expect(report).toMatchObject({ format: 'csv', encoding: 'gb18030', rows: 500, existing: [], bad: [] });
    expect(report.created).toHaveLength(500);
    expect(count(store)).toBe(500);
    expect(events).toContain('write 500/500');

    const first = getCase(store, report.created[0]!.caseId).data;
    expect(first.debtors[0]).toMatchObject({
      name: sampleRow(0)[1],
      kind: 'person',
      phone: '13810000000',
      idNumber: sampleRow(0)[2]!.toUpperCase(),
    });
    expect(first.claims[0]).toMatchObject({ amount: '1000.00', dueDate: '2024-01-01', description: '信用卡透支欠款' });
    expect(first.contract).toEqual({ title: '信用卡领用合约', number: 'XYK-2024-000001' });
    // Row 3 (i = 2) has a full-width amount; row 5 (i = 3) an Excel serial date.
    expect(getCase(store, report.created[2]!.caseId).data.claims[0]).toMatchObject({ amount: '16838.74', dueDate: '2024-03-03' });
    expect(getCase(store, report.created[3]!.caseId).data.claims[0]!.dueDate).toBe('2024-04-04');
    const ladder = store.db
      .prepare('SELECT ladder, next_step AS next FROM case_ladder WHERE case_id = ?')
      .get(report.created[0]!.caseId);
    expect(ladder).toEqual({ ladder: 'card-debt', next: 'reminder' });

    const again = await importBatch(store, file, { defaults });
    expect(again.created).toEqual([]);
    expect(again.existing).toHaveLength(500);
    expect(count(store)).toBe(500);
  });

  it('imports nothing when one row is bad, and names its row, column and value', async () => {
    const rows = (i: number) => (i === 6 ? sampleRow(i).map((v, c) => (c === 4 ? '12,34.5x' : v)) : sampleRow(i));
    const { file, store } = setup('bad.csv', iconv.encode(sampleBatchCsv(10, rows), 'gbk'));
    const error = await importBatch(store, file, { defaults }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchImportError);
    expect((error as BatchImportError).problems).toEqual([
      {
        row: 8,
        column: '逾期金额（元）',
        value: '12,34.5x',
        code: 'amount-format',
        message: expect.stringMatching(/expected an amount/),
      },
    ]);
    expect((error as Error).message).toMatch(/row 8, column 逾期金额（元） "12,34.5x"/);
    expect(count(store)).toBe(0);

    const report = await importBatch(store, file, { defaults, skipBad: true });
    expect(report.created).toHaveLength(9);
    expect(report.bad.map((p) => p.row)).toEqual([8]);
    expect(count(store)).toBe(9);
  });

  it('names the contract after the kind of debt when the file has contract numbers but no 合同名称 column', async () => {
    const csv = '姓名,合同编号,本金,到期日\n张三,JK-001,100.5,2024-01-01\n李四,JK-002,200,2024-02-01\n';
    const { file, store } = setup('no-title.csv', csv);
    const withoutTitle = Object.fromEntries(Object.entries(SAMPLE_DEFAULTS).filter(([key]) => key !== 'contract'));
    const loans = parseBatchDefaults('d.json', { ...withoutTitle, debtKind: 'financial-loan' });
    const report = await importBatch(store, file, { defaults: loans });
    expect(report.bad).toEqual([]);
    expect(report.created.map((c) => getCase(store, c.caseId).data.contract)).toEqual([
      { title: '借款合同', number: 'JK-001' },
      { title: '借款合同', number: 'JK-002' },
    ]);
    const plain = parseBatchDefaults('d.json', { ...withoutTitle, locale: 'en-GB', currency: 'GBP' });
    const { store: other } = setup('no-title.csv', csv);
    const created = (await importBatch(other, file, { defaults: plain })).created;
    expect(getCase(other, created[0]!.caseId).data.contract).toEqual({ title: 'Contract', number: 'JK-001' });
    other.close();
  });

  it('keys rows without a contract number by ID number and claim', async () => {
    const csv = '姓名,身份证号,本金,到期日\n张三,110101199001011234,100,2024-01-01\n张三,110101199001011234,200,2024-02-01\n';
    const { file, store } = setup('no-contract.csv', csv);
    expect((await importBatch(store, file, { defaults })).created).toHaveLength(2);
    expect((await importBatch(store, file, { defaults })).existing.map((e) => e.key)).toEqual([
      'id:110101199001011234:C20240101',
      'id:110101199001011234:C20240201',
    ]);
  });

  it.each(['utf-16le', 'utf-16be'] as const)('reads a tab-separated %s file with its byte-order mark', async (encoding) => {
    const text = sampleBatchCsv(5, sampleRow, '\t');
    const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const { file, store } = setup('unicode.txt', Buffer.concat([Buffer.from(bom), iconv.encode(text, encoding)]));
    const report = await importBatch(store, file, { defaults });
    expect(report).toMatchObject({ encoding, rows: 5, bad: [] });
    expect(getCase(store, report.created[1]!.caseId).data.debtors[0]!.name).toBe(sampleRow(1)[1]);
  });

  it('reads an XLSX sheet with real date cells and number amounts', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('逾期');
    sheet.addRow(SAMPLE_HEADER);
    sheet.addRow([
      '1',
      '李四',
      '110101198001011234',
      'HT-9',
      12345.6,
      new Date(Date.UTC(2024, 4, 1)),
      '上海市黄浦区1号',
      13900000000,
    ]);
    sheet.addRow(['2', '王五', '110101198001015678', 'HT-10', '¥1,000.00', 45413, '上海市黄浦区2号', '13900000001']);
    sheet.getCell('F2').numFmt = 'yyyy-mm-dd';
    const { file, store } = setup('overdue.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    const report = await importBatch(store, file, { defaults });
    expect(report).toMatchObject({ format: 'xlsx', rows: 2, bad: [] });
    const [a, b] = report.created.map((c) => getCase(store, c.caseId).data);
    expect(a!.claims[0]).toMatchObject({ amount: '12345.60', dueDate: '2024-05-01' });
    expect(a!.debtors[0]!.phone).toBe('13900000000');
    expect(b!.claims[0]).toMatchObject({ amount: '1000.00', dueDate: '2024-05-01' });
  });
});

describe('acknowledgment columns of a batch file', () => {
  it('records each row’s acknowledgment or signed demand, agreeing or not, as the debtor’s event', async () => {
    const csv = [
      '姓名,身份证号,本金,到期日,债务确认日期,确认方式,同意履行',
      '张三,110101199001011234,100,2020-03-16,2023年4月10日,债务确认,是',
      '李四,110101199001015678,200,2020-03-16,2023/4/10,签收催收函,否',
      '王五,110101199001019999,300,2020-03-16,2023-04-10,,',
      '赵六,110101199001010000,400,2020-03-16,,,',
    ].join('\n');
    const { file, store } = setup('accounts.csv', csv);
    const report = await importBatch(store, file, { defaults });
    expect(report.bad).toEqual([]);
    expect(report.created.map((c) => getCase(store, c.caseId).data.events)).toEqual([
      [{ date: '2023-04-10', kind: 'acknowledged', party: 0, agreesToPerform: true }],
      [{ date: '2023-04-10', kind: 'demand-delivered', party: 0, agreesToPerform: false }],
      [{ date: '2023-04-10', kind: 'acknowledged', party: 0 }],
      [],
    ]);
  });

  it('reads the English headers and words from an XLSX sheet with a date cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Accounts');
    sheet.addRow(['Name', 'ID No', 'Amount', 'Due Date', 'Acknowledgement Date', 'Ack Kind', 'Agrees to pay']);
    sheet.addRow(['Jane Roe', 'X1', 50, '2020-03-16', new Date(Date.UTC(2023, 3, 10)), 'Signed demand', 'Yes']);
    const { file, store } = setup('accounts.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    const report = await importBatch(store, file, { defaults });
    expect(report.bad).toEqual([]);
    expect(getCase(store, report.created[0]!.caseId).data.events).toEqual([
      { date: '2023-04-10', kind: 'demand-delivered', party: 0, agreesToPerform: true },
    ]);
  });

  it('refuses the whole file, naming row, column and value, for an unknown word or an answer without its date', async () => {
    const csv = [
      '姓名,身份证号,本金,到期日,确认日期,确认方式,是否同意履行',
      '张三,110101199001011234,100,2020-03-16,2023-04-10,债务确认,也许',
      '李四,110101199001015678,200,2020-03-16,,,是',
      '王五,110101199001019999,300,2020-03-16,2023-02-30,,',
      '赵六,110101199001010000,400,2020-03-16,2023-04-10,电话,',
    ].join('\n');
    const { file, store } = setup('accounts.csv', csv);
    const error = await importBatch(store, file, { defaults }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchImportError);
    expect((error as BatchImportError).problems.map(({ row, column, value, code }) => [row, column, value, code])).toEqual([
      [2, '是否同意履行', '也许', 'agrees-unknown'],
      [3, '是否同意履行', '是', 'acknowledgment-no-date'],
      [4, '确认日期', '2023-02-30', 'date-no-such-day'],
      [5, '确认方式', '电话', 'acknowledgment-kind-unknown'],
    ]);
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toBe(`${file}: 4 bad row(s), nothing imported; fix them, or give --skip-bad to import the good rows`);
    expect(lines[1]).toBe('  row 2, column 是否同意履行 "也许": expected 是/yes or 否/no');
    expect(lines[2]).toBe(
      '  row 3, column 是否同意履行 "是": says how the debtor acknowledged the debt but the row gives no acknowledgment date (确认日期/acknowledgedOn)',
    );
    expect(count(store)).toBe(0);
  });
});
