import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { parseBatchDefaults } from '../batch-import/defaults.js';
import { importBatch } from '../batch-import/import-batch.js';
import { SAMPLE_DEFAULTS } from '../batch-import/sample-batch.js';
import { PROJECT_ROOT } from '../project-root.js';
import { createCase } from '../store/edit-case.js';
import { openStore, type Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { generateBatchLetters } from './generate-batch-letters.js';
import { LETTERS_BATCH_CSV } from './letters-batch-fixture.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

/** An example case as typed in by hand: its evidence files are not stored, so they are left out. */
function exampleCase(name: string): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(join(PROJECT_ROOT, 'examples', name, 'case.json'), 'utf8')) as Record<string, unknown>;
  return { ...raw, evidence: [], mailings: [], events: [] };
}

describe('batch letters for cases of another law', () => {
  it('makes no 催款函 for an English case, records nothing for it, and keeps a US letter off the EMS list', async () => {
    const dir = tempDir();
    store = openStore(join(dir, 'casepack.db'));
    writeFileSync(join(dir, 'batch.csv'), LETTERS_BATCH_CSV.split('\n').slice(0, 2).join('\n'));
    const [zhang] = (
      await importBatch(store, join(dir, 'batch.csv'), { defaults: parseBatchDefaults('d.json', SAMPLE_DEFAULTS) })
    ).created.map((c) => c.caseId);
    const uk = createCase(store, exampleCase('en-gb-unpaid-invoice'));
    const us = createCase(store, exampleCase('en-us-consumer-debt'));
    const out = join(dir, 'letters');

    const report = await generateBatchLetters(store, {
      step: 'demand-letter',
      dueOnly: false,
      caseIds: [zhang!, uk, us],
      asOf: '2026-11-22',
      outDir: out,
      mail: { carrier: 'EMS', agreedAddress: true },
    });

    expect(report.failed).toEqual([
      {
        caseId: uk,
        title: expect.any(String),
        reason: 'other-law',
        message: expect.stringMatching(/no 催款函 \(demand-letter\) for en-GB/),
      },
    ]);
    expect(report.written.map((w) => w.caseId)).toEqual([zhang, us]);
    expect(readdirSync(out).filter((f) => f.startsWith(`${uk}-`) || f.includes('Okafor'))).toEqual([]);
    expect(getCase(store, uk).data.mailings).toEqual([]);
    // China Post's list names the Chinese case only, never the Portland address.
    const ems = readFileSync(report.mailingList!, 'utf8');
    expect(ems).toContain('张伟');
    expect(ems).not.toMatch(/Portland|Rivera/);
  });

  it('writes no EMS list when no Chinese case is mailed', async () => {
    const dir = tempDir();
    store = openStore(join(dir, 'casepack.db'));
    const us = createCase(store, exampleCase('en-us-consumer-debt'));
    const report = await generateBatchLetters(store, {
      step: 'demand-letter',
      dueOnly: false,
      caseIds: [us],
      asOf: '2026-11-22',
      outDir: join(dir, 'letters'),
      mail: { carrier: 'EMS', agreedAddress: true },
    });
    expect(report.written.map((w) => w.caseId)).toEqual([us]);
    expect(report.mailingList).toBeUndefined();
    expect(existsSync(join(dir, 'letters', 'ems-demand-letter-2026-11-22.csv'))).toBe(false);
  });
});
