import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageCount, pdfText, withPdfFile } from '../../test/support/pdf-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { PROJECT_ROOT } from '../project-root.js';
import { changeCase, createCase } from '../store/edit-case.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { readZip } from '../util/read-zip.js';
import { jobFolders, readJobZip } from '../../test/support/job-zip.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

type Status = { state: string; done?: number; total?: number; [key: string]: unknown };
const SHANGHAI = '上海市浦东新区人民法院';

function simpleCase(s: Store, debtor: string, amount: string, court?: string): number {
  return createCase(s, {
    version: 1,
    locale: 'zh-CN',
    title: `甲公司诉${debtor}`,
    currency: 'CNY',
    creditor: { name: '上海甲贸易有限公司', kind: 'company' },
    debtors: [{ name: debtor, kind: 'person', role: 'debtor', address: '上海市浦东新区世纪大道1号' }],
    claims: [{ id: 'c1', description: '货款', amount, dueDate: '2026-01-10' }],
    ...(court && { filing: { caseType: 'sale-of-goods', court, courtBasis: 'defendant-domicile' } }),
  });
}

async function setUp() {
  store = openStore(join(tempDir(), 'casepack.db'));
  const example = await importCase(store, await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json')));
  // At the suit step: the example's judgment is not given yet.
  changeCase(store, example, (raw) => delete (raw.filing as Record<string, unknown>).judgment);
  const ids = {
    example,
    small: simpleCase(store, '张三', '100000.00', SHANGHAI),
    larger: simpleCase(store, '李四', '250000.00', SHANGHAI),
    noCourt: simpleCase(store, '王五', '5000.00'),
  };
  return { c: { store, today: () => '2026-11-22' }, ids };
}

async function finished(c: { store: Store; today(): string }, job: string): Promise<{ final: Status; seen: Status[] }> {
  const seen: Status[] = [];
  for (;;) {
    const status = (await callApi(c, 'complaints/batch-status', { job })) as Status;
    if (status.state !== 'running') return { final: status, seen };
    seen.push(status);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('complaints jobs (a batch of complaints on a worker thread)', () => {
  it('makes each complaint with its evidence bundle and the fee list by court, and names the case it could not make', async () => {
    const { c, ids } = await setUp();
    const caseIds = [ids.example, ids.small, ids.larger, ids.noCourt];
    const { job } = (await callApi(c, 'complaints/batch-start', { caseIds })) as { job: string };
    const { final, seen } = await finished(c, job);
    expect(seen.every((s, i) => s.total === 4 && (i === 0 || s.done! >= seen[i - 1]!.done!))).toBe(true);
    expect(final).toMatchObject({
      state: 'done',
      fileName: 'complaints-2026-11-22.zip',
      selected: 4,
      written: [
        { caseId: ids.example, court: '杭州市拱墅区人民法院', exhibits: 5 },
        { caseId: ids.small, court: SHANGHAI, claim: '100000.00', caseFee: '2300.00', exhibits: 0 },
        { caseId: ids.larger, court: SHANGHAI, claim: '250000.00', caseFee: '5050.00', exhibits: 0 },
      ],
      blocked: [],
      failed: [{ caseId: ids.noCourt, error: { code: 'template-missing-fields' } }],
    });
    const files = readZip(await readJobZip(c, 'complaints', job, final.size as number), 'complaints.zip');
    await expect(callApi(c, 'complaints/batch-status', { job })).rejects.toMatchObject({ code: 'complaints-job-gone' });
    expect(jobFolders('complaints')).toEqual([]);
    const folder = `${String(ids.example).padStart(4, '0')}-杭州明禾建材贸易有限公司`;
    expect([...files.keys()].sort()).toEqual(
      [
        `${folder}/民事起诉状.docx`,
        `${folder}/民事起诉状.pdf`,
        `${folder}/证据材料.pdf`,
        `${String(ids.small).padStart(4, '0')}-张三/民事起诉状.docx`,
        `${String(ids.small).padStart(4, '0')}-张三/民事起诉状.pdf`,
        `${String(ids.larger).padStart(4, '0')}-李四/民事起诉状.docx`,
        `${String(ids.larger).padStart(4, '0')}-李四/民事起诉状.pdf`,
        'fees-2026-11-22.csv',
      ].sort(),
    );
    const example = (final.written as { claim: string; caseFee: string }[])[0]!;
    const complaint = withPdfFile(files.get(`${folder}/民事起诉状.pdf`)!);
    const bundle = withPdfFile(files.get(`${folder}/证据材料.pdf`)!);
    try {
      const text = pdfText(complaint.file, false).replace(/\s+/g, '');
      expect(text).toContain('杭州市拱墅区人民法院');
      // The fee list's claim is the complaint's 标的总额, to the cent.
      expect(text).toContain(`标的总额：人民币${Number(example.claim).toLocaleString('en', { minimumFractionDigits: 2 })}元`);
      expect(pdfText(bundle.file, false)).toContain('证据目录');
      expect(pageCount(bundle.file)).toBeGreaterThan(4);
    } finally {
      complaint.cleanup();
      bundle.cleanup();
    }

    // Grouped by court, courts in name order, a subtotal under each: 上海 350,000.00 claimed, 2,300 + 5,050 = 7,350.00.
    const csv = parse(Buffer.from(files.get('fees-2026-11-22.csv')!).toString('utf8'), { bom: true }) as string[][];
    expect(csv.map((r) => [r[0], r[1], r[4], r[5], r[6]])).toEqual([
      ['受理法院', '案件编号', '诉讼请求金额', '案件受理费（立案费）', '币种'],
      [SHANGHAI, String(ids.small), '100000.00', '2300.00', 'CNY'],
      [SHANGHAI, String(ids.larger), '250000.00', '5050.00', 'CNY'],
      [`${SHANGHAI} 小计（2 件）`, '', '350000.00', '7350.00', 'CNY'],
      ['杭州市拱墅区人民法院', String(ids.example), example.claim, example.caseFee, 'CNY'],
      ['杭州市拱墅区人民法院 小计（1 件）', '', example.claim, example.caseFee, 'CNY'],
    ]);
  });

  it('makes no second complaint for a case that holds a judgment: its next step is enforcement (民事诉讼法 第247条)', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const judged = await importCase(store, await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json')));
    const small = simpleCase(store, '张三', '100000.00', SHANGHAI);
    const c = { store, today: () => '2026-11-22' };
    const { job } = (await callApi(c, 'complaints/batch-start', { caseIds: [judged, small] })) as { job: string };
    const { final } = await finished(c, job);
    expect(final).toMatchObject({
      state: 'done',
      selected: 2,
      written: [{ caseId: small, court: SHANGHAI, claim: '100000.00' }],
      failed: [{ caseId: judged, error: { code: 'filing.judgment-held' } }],
    });
    expect((final.written as unknown[]).length).toBe(1);
    const files = readZip(await readJobZip(c, 'complaints', job, final.size as number), 'complaints.zip');
    expect([...files.keys()].filter((name) => name.includes('杭州明禾'))).toEqual([]);
  });

  it('stops when cancelled, and the job is then gone with its temp folder', async () => {
    const { c, ids } = await setUp();
    const { job } = (await callApi(c, 'complaints/batch-start', { caseIds: [ids.example, ids.small] })) as { job: string };
    expect(await callApi(c, 'complaints/batch-cancel', { job })).toEqual({ state: 'cancelled' });
    await expect(callApi(c, 'complaints/batch-status', { job })).rejects.toMatchObject({ code: 'complaints-job-gone' });
    // A letters job id is not a complaints job.
    await expect(callApi(c, 'letters/batch-status', { job })).rejects.toMatchObject({ code: 'letters-job-gone' });
    expect(jobFolders('complaints')).toEqual([]);
  });
});
