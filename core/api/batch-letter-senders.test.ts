import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../test/support/pdf-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { parseBatchDefaults } from '../batch-import/defaults.js';
import { importBatch } from '../batch-import/import-batch.js';
import { SAMPLE_DEFAULTS } from '../batch-import/sample-batch.js';
import { LETTERS_BATCH_CSV } from '../batch-letters/letters-batch-fixture.js';
import { openStore, type Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
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

describe('casepack letters --sender --deadline', () => {
  it('numbers each letter of the batch from the sender’s next 函号 and records the numbers with the mailings', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'batch.csv'), LETTERS_BATCH_CSV);
    store = openStore(join(dir, 'casepack.db'));
    const context = { store, today: () => '2025-06-03' };
    await importBatch(store, join(dir, 'batch.csv'), { defaults: parseBatchDefaults('defaults.json', SAMPLE_DEFAULTS) });
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
});
