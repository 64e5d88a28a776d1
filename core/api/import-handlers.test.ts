import iconv from 'iconv-lite';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { SAMPLE_DEFAULTS, sampleBatchCsv, sampleRow, SAMPLE_HEADER } from '../batch-import/sample-batch.js';
import { getCase } from '../store/read-cases.js';
import { openStore, type Store } from '../store/open.js';
import { callApi, type ApiName, type ApiResult } from './handlers.js';
import { importJobFinished } from './import-jobs.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

const cases = (s: Store) => (s.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
const gbk = (text: string) => iconv.encode(text, 'gbk').toString('base64');
/** The sample file with row 8 (i = 6) given an amount no one can read. */
const withBadAmount = (i: number) => (i === 6 ? sampleRow(i).map((v, c) => (c === 4 ? '12,34.5x' : v)) : sampleRow(i));

function api() {
  store = openStore(join(tempDir(), 'casepack.db'));
  const context = { store, today: () => '2026-11-22' };
  return <N extends ApiName>(name: N, args: unknown) => callApi(context, name, args) as Promise<ApiResult<N>>;
}

describe('batch import through the API', () => {
  it('previews, dry-runs, names the bad row, imports once, and a re-import changes nothing', async () => {
    const send = api();
    const { upload } = await send('import/upload', { name: '逾期.csv', bytes: gbk(sampleBatchCsv(20, withBadAmount)) });
    const preview = await send('import/preview', { upload });
    expect(preview).toMatchObject({ format: 'csv', encoding: 'gb18030', rows: 20, headers: SAMPLE_HEADER, missing: [] });
    expect(preview.mapping).toEqual({
      name: '客户姓名',
      idNumber: '身份证号',
      contract: '合同编号',
      amount: '逾期金额（元）',
      dueDate: '应还款日',
      address: '账单地址',
      phone: '手机',
    });
    expect(preview.sample[0]).toEqual({ row: 2, cells: sampleRow(0) });

    const args = { upload, mapping: preview.mapping, defaults: SAMPLE_DEFAULTS };
    const dry = await send('import/dry-run', args);
    expect(dry.fresh.count).toBe(19);
    expect(dry.bad).toEqual({
      rows: 1,
      count: 1,
      first: [{ row: 8, column: '逾期金额（元）', value: '12,34.5x', code: 'amount-format' }],
    });
    const failed = await importJobFinished((await send('import/start', args)).job);
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'batch-bad-rows', params: { file: '逾期.csv', rows: 1 } } });
    expect(cases(store!)).toBe(0);

    const fixed = await send('import/upload', { name: '逾期.csv', bytes: gbk(sampleBatchCsv(20)) });
    const again = { ...args, upload: fixed.upload };
    expect((await send('import/dry-run', again)).fresh.count).toBe(20);
    const done = await importJobFinished((await send('import/start', again)).job);
    expect(done).toEqual({ state: 'done', rows: 20, created: 20, existing: 0 });
    expect(cases(store!)).toBe(20);
    const first = store!.db.prepare("SELECT id FROM cases WHERE contract_number = 'XYK-2024-000001'").get() as { id: number };
    expect(getCase(store!, first.id).data.claims[0]).toMatchObject({ amount: '1000.00', dueDate: '2024-01-01' });

    const dryAgain = await send('import/dry-run', again);
    expect([dryAgain.fresh.count, dryAgain.existing.count]).toEqual([0, 20]);
    expect(await importJobFinished((await send('import/start', again)).job)).toEqual({
      state: 'done',
      rows: 20,
      created: 0,
      existing: 20,
    });
    expect(cases(store!)).toBe(20);
  });

  it('remembers the mapping a creditor used, and uses it for the next file with those columns', async () => {
    const send = api();
    const csv = '户名,本期应还,最后还款日,借据号\n张三,100,2024-01-01,JJ-1\n';
    const { upload } = await send('import/upload', { name: 'bank.csv', bytes: Buffer.from(csv).toString('base64') });
    const guessed = await send('import/preview', { upload, creditor: SAMPLE_DEFAULTS.creditor.name });
    expect(guessed).toMatchObject({ remembered: false, missing: ['name', 'amount', 'dueDate'] });
    const mapping = { name: '户名', amount: '本期应还', dueDate: '最后还款日', contract: '借据号' };
    await importJobFinished((await send('import/start', { upload, mapping, defaults: SAMPLE_DEFAULTS })).job);
    const next = await send('import/preview', { upload, creditor: SAMPLE_DEFAULTS.creditor.name });
    expect(next).toMatchObject({ remembered: true, mapping, missing: [] });
    expect((await send('import/preview', { upload, creditor: '另一家银行' })).remembered).toBe(false);
  });

  it('names the contract after the kind of debt when the file has no 合同名称, and says so in the dry run', async () => {
    const send = api();
    const csv = '姓名,合同编号,本金,到期日\n张三,JK-001,100,2024-01-01\n';
    const { upload } = await send('import/upload', { name: 'loans.csv', bytes: Buffer.from(csv).toString('base64') });
    const defaults = { ...SAMPLE_DEFAULTS, contract: undefined, debtKind: 'financial-loan' };
    const mapping = { name: '姓名', contract: '合同编号', amount: '本金', dueDate: '到期日' };
    const dry = await send('import/dry-run', { upload, mapping, defaults });
    expect(dry).toMatchObject({ bad: { count: 0 }, titled: { title: '借款合同', rows: 1 } });
  });

  it('stops a running import on cancel and writes nothing', async () => {
    const send = api();
    const { upload } = await send('import/upload', { name: 'big.csv', bytes: gbk(sampleBatchCsv(300)) });
    const mapping = (await send('import/preview', { upload })).mapping;
    const { job } = await send('import/start', { upload, mapping, defaults: SAMPLE_DEFAULTS });
    expect(await send('import/cancel', { job })).toEqual({ state: 'cancelled' });
    expect(cases(store!)).toBe(0);
  });
});
