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
  it('makes no 催款函 for an English or US case (their ladders have no such step), says why, and records nothing', async () => {
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
      mail: { agreedAddress: true },
    });

    expect(report.written.map((w) => w.caseId)).toEqual([zhang]);
    expect(report.notOnStep).toEqual([
      { caseId: uk, title: 'Harbour Lane Joinery v Okafor (unpaid invoices 2291, 2317)', reason: 'other-step' },
      { caseId: us, title: 'Lakeside Dental v Rivera (dental payment plan LD-44817)', reason: 'other-step' },
    ]);
    expect(readdirSync(out).filter((f) => /Okafor|Rivera/.test(f))).toEqual([]);
    expect(getCase(store, uk).data.mailings).toEqual([]);
    expect(getCase(store, us).data.mailings).toEqual([]);
    const ems = readFileSync(report.mailingList!, 'utf8');
    expect(ems).toContain('张伟');
    expect(getCase(store, zhang!).data.mailings.map((m) => m.carrier)).toEqual(['EMS']);
  });

  it('sends a US case its validation notice in English by USPS Certified Mail, with no EMS list', async () => {
    const dir = tempDir();
    store = openStore(join(dir, 'casepack.db'));
    const us = createCase(store, exampleCase('en-us-consumer-debt'));
    const report = await generateBatchLetters(store, {
      step: 'validation-notice',
      dueOnly: false,
      caseIds: [us],
      asOf: '2026-11-22',
      outDir: join(dir, 'letters'),
      mail: { agreedAddress: true },
    });
    expect(report.written.map((w) => w.caseId)).toEqual([us]);
    expect(readdirSync(join(dir, 'letters')).sort()).toEqual([
      `${String(us).padStart(4, '0')}-Maria Rivera-Demand letter (validation notice).docx`,
      `${String(us).padStart(4, '0')}-Maria Rivera-Demand letter (validation notice).pdf`,
    ]);
    expect(report.mailingList).toBeUndefined();
    const data = getCase(store, us).data;
    expect(data.mailings).toMatchObject([{ carrier: 'USPS Certified Mail', document: 'demand-letter', sentOn: '2026-11-22' }]);
    expect(data.events.at(-1)).toMatchObject({
      kind: 'demand-sent',
      step: 'validation-notice',
      note: 'Demand letter (validation notice) sent by USPS Certified Mail',
    });
    expect(JSON.stringify(data.events.at(-1))).not.toMatch(/\p{Script=Han}/u);
    expect(existsSync(join(dir, 'letters', 'ems-validation-notice-2026-11-22.csv'))).toBe(false);
  });
});
