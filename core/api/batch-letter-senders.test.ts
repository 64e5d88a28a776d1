import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readJobZip } from '../../test/support/job-zip.js';
import { pdfText } from '../../test/support/pdf-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { parseBatchDefaults } from '../batch-import/defaults.js';
import { importBatch } from '../batch-import/import-batch.js';
import { SAMPLE_DEFAULTS } from '../batch-import/sample-batch.js';
import { LETTERS_BATCH_CSV } from '../batch-letters/letters-batch-fixture.js';
import { openStore, type Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { readZip } from '../util/read-zip.js';
import { batchLettersHandlers } from './batch-letters-handlers.js';
import { callApi } from './handlers.js';
import { runUseCase } from './run-use-case.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

const firm = {
  id: 's1',
  kind: 'law-firm',
  name: '江苏申衡律师事务所',
  lines: ['南京市鼓楼区汉中路2号'],
  lawyer: { name: '周明', licenseNo: '13201201810123456' },
  prefix: '申衡律函',
};

/** A store holding the sample batch's cases, on 2025-06-03. */
async function batchStore() {
  const dir = tempDir();
  writeFileSync(join(dir, 'batch.csv'), LETTERS_BATCH_CSV);
  const opened = openStore(join(dir, 'casepack.db'));
  store = opened;
  const { created } = await importBatch(opened, join(dir, 'batch.csv'), {
    defaults: parseBatchDefaults('defaults.json', SAMPLE_DEFAULTS),
  });
  return { dir, store: opened, context: { store: opened, today: () => '2025-06-03' }, created };
}

describe('casepack letters --sender --deadline', () => {
  it('numbers each letter of the batch from the sender’s next 函号 and records the numbers with the mailings', async () => {
    const { dir, store, context } = await batchStore();
    await callApi(context, 'settings/update', { senders: [firm] });
    // One number already issued by hand this year: the batch goes on after it.
    store.db
      .prepare("INSERT INTO letter_numbers VALUES ('s1', '申衡律函〔2025〕第007号', 2025, 7, 99, 'lawyer-letter', '2025-06-01')")
      .run();
    const args = { step: 'demand-letter', asOf: '2025-06-03', out: join(dir, 'out'), mail: false as const };
    const report = await runUseCase(context, batchLettersHandlers, 'letters/batch', {
      ...args,
      sender: '江苏申衡律师事务所',
      deadline: '2025-06-30',
    });
    expect(report.written).toHaveLength(2);
    const numbers = store.db
      .prepare('SELECT letter_no AS no, case_id AS caseId FROM letter_numbers WHERE case_id <> 99 ORDER BY seq')
      .all();
    expect(numbers).toEqual([
      { no: '申衡律函〔2025〕第008号', caseId: report.written[0]!.caseId },
      { no: '申衡律函〔2025〕第009号', caseId: report.written[1]!.caseId },
    ]);
    const text = pdfText(report.written[1]!.pdf, false).replace(/\s+/g, '');
    expect(text).toContain('申衡律函〔2025〕第009号');
    expect(text).toContain('江苏申衡律师事务所');
    expect(text).toContain('2025年6月30日');
    expect(getCase(store, report.written[0]!.caseId).data.events.at(-1)).toMatchObject({ kind: 'letter', date: '2025-06-03' });

    await expect(
      runUseCase(context, batchLettersHandlers, 'letters/batch', { ...args, sender: '没有这个律所' }),
    ).rejects.toMatchObject({ code: 'invalid-input', fields: ['sender'] });
    await expect(
      runUseCase(context, batchLettersHandlers, 'letters/batch', { ...args, deadline: '2025-06-03' }),
    ).rejects.toMatchObject({ code: 'letter-deadline-range' });
  });

  it('lets the app’s batch choose a sender: the step’s default first, then each letter its next 函号 of that sender', async () => {
    const { dir, store, context: c, created } = await batchStore();
    const own = { id: 's0', kind: 'creditor', name: '北京东城信用卡中心', lines: ['北京市东城区1号'], prefix: '东信催' };
    // No senders: nothing to choose, Settings' letterhead.
    expect(await callApi(c, 'letters/batch-senders', { step: 'lawyer-letter' })).toEqual({ senders: [], sender: null });
    await callApi(c, 'settings/update', { senders: [own, firm] });
    store.db
      .prepare("INSERT INTO letter_numbers VALUES ('s1', '申衡律函〔2025〕第004号', 2025, 4, 99, 'lawyer-letter', '2025-06-01')")
      .run();
    // A 律师函 starts with the law firm, a 催款函 with the creditor's own letterhead; each with its next number.
    expect(await callApi(c, 'letters/batch-senders', { step: 'lawyer-letter' })).toEqual({
      senders: [
        { id: 's0', name: own.name, kind: 'creditor', next: '东信催〔2025〕第001号', default: false },
        { id: 's1', name: firm.name, kind: 'law-firm', next: '申衡律函〔2025〕第005号', default: false },
      ],
      sender: 's1',
    });
    expect(await callApi(c, 'letters/batch-senders', { step: 'demand-letter' })).toMatchObject({ sender: 's0' });

    const { job } = (await callApi(c, 'letters/batch-start', {
      caseIds: created.map((x) => x.caseId),
      step: 'demand-letter',
      sender: 's1',
    })) as { job: string };
    let status: { state: string; size?: number; written?: { caseId: number }[] };
    do status = (await callApi(c, 'letters/batch-status', { job })) as typeof status;
    while (status.state === 'running' && (await new Promise((r) => setTimeout(r, 20)), true));
    expect(status.state).toBe('done');
    const files = readZip(await readJobZip(c, 'letters', job, status.size!), 'letters.zip');
    const written = status.written!.map((w) => w.caseId);
    expect(written).toHaveLength(2);
    for (const [i, caseId] of written.entries()) {
      const name = [...files.keys()].find((n) => n.startsWith(String(caseId).padStart(4, '0')) && n.endsWith('.pdf'))!;
      writeFileSync(join(dir, name), files.get(name)!);
      const text = pdfText(join(dir, name), false).replace(/\s+/g, '');
      expect(text).toContain(`申衡律函〔2025〕第00${5 + i}号`);
      expect(text).toContain('江苏申衡律师事务所');
    }
    // The one letter mailed (the other debtor has no address) names the chosen sender, as its EMS line does.
    expect(getCase(store, written[0]!).data.mailings).toEqual([
      expect.objectContaining({ letterNo: '申衡律函〔2025〕第005号', sender: '江苏申衡律师事务所' }),
    ]);
    const ems = Buffer.from(files.get('ems-demand-letter-2025-06-03.csv')!).toString('utf8');
    expect(ems).toContain('江苏申衡律师事务所');
    expect(ems).toContain('南京市鼓楼区汉中路2号');
    expect(store.db.prepare("SELECT letter_no AS no FROM letter_numbers WHERE sender = 's1' ORDER BY seq").all()).toEqual([
      { no: '申衡律函〔2025〕第004号' },
      { no: '申衡律函〔2025〕第005号' },
      { no: '申衡律函〔2025〕第006号' },
    ]);
    await expect(
      callApi(c, 'letters/batch-start', { caseIds: [written[0]!], step: 'demand-letter', sender: 'nobody' }),
    ).rejects.toMatchObject({ code: 'invalid-input', fields: ['sender'] });
  });

  it('uses the sender marked as default when none is chosen: the dialog starts with it, the CLI batch writes under it', async () => {
    const { dir, store, context: c } = await batchStore();
    const first = { id: 's0', kind: 'creditor', name: '北京东城信用卡中心', lines: ['北京市东城区1号'], prefix: '东信催' };
    const second = { id: 's2', kind: 'creditor', name: '上海静安贸易有限公司', lines: ['上海市静安区2号'], prefix: '静催' };
    const args = { step: 'demand-letter', asOf: '2025-06-03', mail: false as const };

    // None marked: the dialog starts with the first of the kind; the CLI keeps Settings' letterhead, unnumbered.
    await callApi(c, 'settings/update', { senders: [first, second, firm] });
    expect(await callApi(c, 'letters/batch-senders', { step: 'demand-letter' })).toMatchObject({ sender: 's0' });
    const plain = await runUseCase(c, batchLettersHandlers, 'letters/batch', { ...args, out: join(dir, 'plain') });
    expect(pdfText(plain.written[0]!.pdf, false).replace(/\s+/g, '')).not.toContain('上海静安贸易有限公司');
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM letter_numbers').get()).toEqual({ n: 0 });

    // The second creditor's letterhead marked as default: the 催款函 starts with it, the 律师函 still with the firm.
    await callApi(c, 'settings/update', { senders: [first, { ...second, default: true }, firm] });
    const offered = await callApi(c, 'letters/batch-senders', { step: 'demand-letter' });
    expect(offered).toMatchObject({ sender: 's2' });
    expect((offered as { senders: { id: string; default: boolean }[] }).senders.map((s) => [s.id, s.default])).toEqual([
      ['s0', false],
      ['s2', true],
      ['s1', false],
    ]);
    expect(await callApi(c, 'letters/batch-senders', { step: 'lawyer-letter' })).toMatchObject({ sender: 's1' });
    const marked = await runUseCase(c, batchLettersHandlers, 'letters/batch', { ...args, out: join(dir, 'marked') });
    expect(marked.written).toHaveLength(2);
    for (const [i, w] of marked.written.entries()) {
      const text = pdfText(w.pdf, false).replace(/\s+/g, '');
      expect(text).toContain('上海静安贸易有限公司');
      expect(text).toContain(`静催〔2025〕第00${i + 1}号`);
      expect(text).not.toContain('北京东城信用卡中心');
    }
    // --sender still wins over the default.
    const named = await runUseCase(c, batchLettersHandlers, 'letters/batch', { ...args, out: join(dir, 'named'), sender: 's0' });
    expect(pdfText(named.written[0]!.pdf, false).replace(/\s+/g, '')).toContain('东信催〔2025〕第001号');

    // One default a kind: a second creditor default is refused, and nothing is changed.
    await expect(
      callApi(c, 'settings/update', { senders: [{ ...first, default: true }, { ...second, default: true }, firm] }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await callApi(c, 'letters/batch-senders', { step: 'demand-letter' })).toMatchObject({ sender: 's2' });
  });
});
