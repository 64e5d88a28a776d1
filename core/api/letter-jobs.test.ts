import { parse } from 'csv-parse/sync';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { parseBatchDefaults } from '../batch-import/defaults.js';
import { importBatch } from '../batch-import/import-batch.js';
import { SAMPLE_DEFAULTS } from '../batch-import/sample-batch.js';
import { openStore, type Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { readZip } from '../util/read-zip.js';
import { sha256Hex } from '../util/sha256.js';
import { jobFolders, readJobZip } from '../../test/support/job-zip.js';
import { callApi } from './handlers.js';
import { LETTERS_BATCH_CSV as CSV } from '../batch-letters/letters-batch-fixture.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

type Status = { state: string; done?: number; total?: number; [key: string]: unknown };

async function setUp() {
  const dir = tempDir();
  writeFileSync(join(dir, 'batch.csv'), CSV);
  store = openStore(join(dir, 'casepack.db'));
  const created = await importBatch(store, join(dir, 'batch.csv'), { defaults: parseBatchDefaults('d.json', SAMPLE_DEFAULTS) });
  return { c: { store, today: () => '2025-06-03' }, ids: created.created.map((x) => x.caseId) };
}

describe('letters jobs (a batch of letters on a worker thread)', () => {
  it('reports progress letter by letter and hands over the letters, the EMS list and what happened per case', async () => {
    const { c, ids } = await setUp();
    const [zhang, li, wang] = ids as [number, number, number];
    const { job } = (await callApi(c, 'letters/batch-start', {
      caseIds: ids,
      step: 'demand-letter',
      letterNo: '申衡律函〔2025〕第{n}号',
      firstNumber: 7,
    })) as { job: string };
    const seen: Status[] = [];
    let status: Status;
    for (;;) {
      status = (await callApi(c, 'letters/batch-status', { job })) as Status;
      if (status.state !== 'running') break;
      seen.push(status);
      await new Promise((r) => setTimeout(r, 20));
    }
    // The fraction only grows, out of the three cases chosen.
    expect(seen.every((s, i) => s.total === 3 && (i === 0 || s.done! >= seen[i - 1]!.done!))).toBe(true);
    expect(status).toMatchObject({
      state: 'done',
      fileName: 'letters-demand-letter-2025-06-03.zip',
      selected: 3,
      written: [
        { caseId: zhang, mailing: `CP${zhang}-m1` },
        { caseId: li, mailing: null },
      ],
      blocked: [{ caseId: wang, categories: ['unlawful-fee'] }],
      failed: [],
      notMailed: [{ caseId: li }],
    });
    // The zip stays on disk until read out, in chunks, and discarded; then the job and its folder are gone.
    expect(jobFolders('letters')).toHaveLength(1);
    const files = readZip(await readJobZip(c, 'letters', job, status.size as number), 'letters.zip');
    await expect(callApi(c, 'letters/batch-status', { job })).rejects.toThrow(/no letters job/);
    expect(jobFolders('letters')).toEqual([]);
    const names = [...files.keys()].sort();
    expect(names.filter((n) => n.endsWith('.pdf'))).toHaveLength(2);
    expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(2);
    const csv = parse(Buffer.from(files.get('ems-demand-letter-2025-06-03.csv')!).toString('utf8'), { bom: true }) as string[][];
    expect(csv.map((row) => row.slice(0, 2))).toEqual([expect.any(Array), [`CP${zhang}-m1`, '张伟']]);

    // The letter log on the case: template version, 函号 (the first letter is number 7), sender, the PDF's hash.
    const pdf = files.get(names.find((n) => n.startsWith(String(zhang).padStart(4, '0')) && n.endsWith('.pdf'))!)!;
    expect(getCase(store!, zhang).data.mailings).toEqual([
      expect.objectContaining({
        document: 'demand-letter',
        sentOn: '2025-06-03',
        letterNo: '申衡律函〔2025〕第007号',
        templateVersion: expect.stringMatching(/^[0-9a-f]{12}$/),
        // The batch's defaults name a law firm as agent: the firm sends the letters, as the EMS list says.
        sender: getCase(store!, zhang).data.agent!.firm,
        letterSha256: sha256Hex(pdf),
      }),
    ]);
  });

  it('stops when cancelled, leaving every case as it was and nothing in the temp folder', async () => {
    const { c, ids } = await setUp();
    const before = ids.map((id) => getCase(store!, id).raw);
    const { job } = (await callApi(c, 'letters/batch-start', { caseIds: ids, step: 'demand-letter' })) as { job: string };
    // Cancelled once the letters are being made, so that there is work on disk to remove.
    while (((await callApi(c, 'letters/batch-status', { job })) as Status).done === 0)
      await new Promise((r) => setTimeout(r, 10));
    expect(await callApi(c, 'letters/batch-cancel', { job })).toEqual({ state: 'cancelled' });
    await expect(callApi(c, 'letters/batch-status', { job })).rejects.toThrow(/no letters job/);
    expect(ids.map((id) => getCase(store!, id).raw)).toEqual(before);
    expect(jobFolders('letters')).toEqual([]);
  });

  it('reports a batch that fails, leaving nothing in the temp folder', async () => {
    const { c, ids } = await setUp();
    // The suit step has no letter template: the batch stops.
    const { job } = (await callApi(c, 'letters/batch-start', { caseIds: ids, step: 'suit' })) as { job: string };
    let status: Status;
    do status = (await callApi(c, 'letters/batch-status', { job })) as Status;
    while (status.state === 'running' && (await new Promise((r) => setTimeout(r, 20)), true));
    expect(status).toMatchObject({
      state: 'failed',
      error: { message: expect.stringMatching(/step "suit" .* has no letter template/) },
    });
    await expect(callApi(c, 'letters/batch-read', { job, offset: 0 })).rejects.toThrow(/no letters job/);
    expect(jobFolders('letters')).toEqual([]);
  });

  it('refuses an empty selection and an unknown step before starting', async () => {
    const { c } = await setUp();
    await expect(callApi(c, 'letters/batch-start', { caseIds: [], step: 'demand-letter' })).rejects.toThrow(/caseIds/);
    await expect(callApi(c, 'letters/batch-start', { caseIds: [1], step: '' })).rejects.toThrow(/step/);
  });
});
