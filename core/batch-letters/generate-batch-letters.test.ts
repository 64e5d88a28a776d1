import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PDF_READERS, pdfFonts } from '../../test/support/pdf-tools.js';
import { lacksTools, runTool } from '../../test/support/system-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { calculateCase } from '../calc/calculate-case.js';
import { formatGroupedCents } from '../money/money.js';
import { parseBatchDefaults } from '../batch-import/defaults.js';
import { importBatch } from '../batch-import/import-batch.js';
import { SAMPLE_DEFAULTS } from '../batch-import/sample-batch.js';
import { readLadderRow } from '../ladder/case-ladder-rows.js';
import { listOutputs, readOutput } from '../outputs/case-outputs.js';
import { openStore, type Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { generateBatchLetters } from './generate-batch-letters.js';
import { sha256Hex } from '../util/sha256.js';
import { LETTERS_BATCH_CSV as CSV } from './letters-batch-fixture.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());
const pdfToolsMissing = lacksTools('the batch PDF read-back test', ...PDF_READERS);

describe('generateBatchLetters', () => {
  it('writes a PDF and DOCX per case, blocks what the wording guard stops, records the mailings and writes the EMS list', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'batch.csv'), CSV);
    store = openStore(join(dir, 'casepack.db'));
    const defaults = parseBatchDefaults('defaults.json', SAMPLE_DEFAULTS);
    const [zhang, li, wang] = (await importBatch(store, join(dir, 'batch.csv'), { defaults })).created.map((c) => c.caseId);
    const out = join(dir, 'letters');
    const progress: number[] = [];

    const report = await generateBatchLetters(store, {
      step: 'demand-letter',
      dueOnly: false,
      asOf: '2025-06-03',
      outDir: out,
      mail: { carrier: 'EMS', agreedAddress: true },
      onProgress: (e) => progress.push(e.done),
    });
    expect(report).toMatchObject({ selected: 3, failed: [], notMailed: [{ caseId: li }] });
    expect(report.blocked).toEqual([
      {
        caseId: wang,
        title: expect.any(String),
        findings: [expect.stringMatching(/^zh-unlawful-fee(-named)?: "催收/)],
        categories: ['unlawful-fee'],
      },
    ]);
    expect(report.written.map((w) => [w.caseId, w.mailing])).toEqual([
      [zhang, `CP${zhang}-m1`],
      [li, undefined],
    ]);
    expect(progress.at(-1)).toBe(3);
    for (const w of report.written) {
      expect(readFileSync(w.docx).subarray(0, 2).toString()).toBe('PK');
      expect(readFileSync(w.pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }

    const mailed = getCase(store, zhang!);
    expect(mailed.data.mailings).toEqual([
      expect.objectContaining({
        document: 'demand-letter',
        status: 'in-transit',
        sentOn: '2025-06-03',
        agreedAddress: true,
        letter: 'letters/2025-06-03-demand-letter.pdf',
        // The hash of the very PDF written and mailed: the courier bundle later proves it is that letter.
        letterSha256: sha256Hex(readFileSync(report.written.find((w) => w.caseId === zhang)!.pdf)),
      }),
    ]);
    expect(mailed.data.events.at(-1)).toMatchObject({ kind: 'demand-sent', step: 'demand-letter', mailing: 'm1' });
    expect(mailed.files.map((f) => f.path)).toEqual(['letters/2025-06-03-demand-letter.pdf']);
    expect(readLadderRow(store.db, zhang!)).toMatchObject({
      stage: 'demand-letter',
      nextStep: 'lawyer-letter',
      nextDueOn: '2025-06-18',
    });
    expect(readLadderRow(store.db, li!)).toMatchObject({ stage: null, nextStep: 'reminder' });
    // Each letter written is kept with its case, PDF and DOCX, mailed or not; the blocked one is not.
    for (const w of report.written) {
      const kept = listOutputs(store.db, w.caseId);
      expect(kept.map((o) => [o.format, o.sha256, o.template, o.mailing])).toEqual([
        ['docx', sha256Hex(readFileSync(w.docx)), 'demand-letter', w.mailing && 'm1'],
        ['pdf', sha256Hex(readFileSync(w.pdf)), 'demand-letter', w.mailing && 'm1'],
      ]);
      expect(kept[1]!.fileName).toBe(basename(w.pdf));
      expect((await readOutput(store, w.caseId, kept[0]!.id)).bytes.equals(readFileSync(w.docx))).toBe(true);
    }
    expect(listOutputs(store.db, wang!)).toEqual([]);

    const rows = parse(readFileSync(report.mailingList!, 'utf8'), { bom: true }) as string[][];
    expect(rows).toHaveLength(2);
    const total = formatGroupedCents(calculateCase(mailed.data, '2025-06-03').total);
    expect(rows[1]!.slice(0, 5)).toEqual([
      `CP${zhang}-m1`,
      '张伟',
      '13810000001',
      '北京市东城区和平里1号',
      `催款函（信用卡领用合约 XYK-1，欠款￥${total}）`,
    ]);

    const due = await generateBatchLetters(store, {
      step: 'lawyer-letter',
      dueOnly: true,
      asOf: '2025-06-17',
      outDir: out,
      settings: { letterNo: '申衡律函〔2025〕第{n}号' },
    });
    expect(due.selected).toBe(0);
    const lawyer = await generateBatchLetters(store, {
      step: 'lawyer-letter',
      dueOnly: true,
      asOf: '2025-06-18',
      outDir: out,
      settings: { letterNo: '申衡律函〔2025〕第{n}号' },
    });
    expect(lawyer.written.map((w) => w.caseId)).toEqual([zhang]);
    expect(existsSync(lawyer.mailingList!)).toBe(true);
  });

  it.skipIf(pdfToolsMissing)(
    'writes PDFs that pass the single-letter checks: structure, embedded Unicode fonts, the text',
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'batch.csv'), CSV.split('\n').slice(0, 2).join('\n'));
      store = openStore(join(dir, 'casepack.db'));
      await importBatch(store, join(dir, 'batch.csv'), { defaults: parseBatchDefaults('d.json', SAMPLE_DEFAULTS) });
      const report = await generateBatchLetters(store, {
        step: 'demand-letter',
        dueOnly: false,
        asOf: '2025-06-03',
        outDir: join(dir, 'out'),
        mail: false,
      });
      const pdf = report.written[0]!.pdf;
      expect(runTool('qpdf', ['--check', pdf]).status).toBe(0);
      expect(pdfFonts(pdf).every((f) => f.embedded && f.subset && f.unicode)).toBe(true);
      const text = runTool('pdftotext', ['-layout', pdf, '-']).stdout.replace(/\s+/g, '');
      for (const words of ['催款函', '张伟', 'XYK-1', '华夏示范银行股份有限公司信用卡中心']) expect(text).toContain(words);
      expect(getCase(store, 1).data.events.at(-1)).toMatchObject({ kind: 'letter', step: 'demand-letter' });
    },
  );
});
