import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeImage, makePdf } from '../../test/support/exhibit-fixtures.js';
import { oddInputs, writeFixtureCase } from '../../test/support/fixture-case.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { buildCourierBundle } from './build-courier-bundle.js';
import { buildEvidenceBundle } from './build-evidence-bundle.js';
import type { BundleProgress } from './bundle-progress.js';

const tempDir = useTempDir();

async function evidenceCase() {
  const page = { size: [595, 842] as [number, number] };
  return loadCaseFile(
    writeFixtureCase(tempDir(), {
      'three.pdf': await makePdf([page, page, page]),
      'photo.jpg': await makeImage('plain.jpg'),
      'one.pdf': await makePdf([page]),
      'scan.tiff': await makeImage('multipage.tiff'),
      'five.pdf': await makePdf([page, page, page, page, page]),
    }),
  );
}

/** What every report of one build shares: one total, `done` never going back, and the last report at the total. */
function expectWholeRun(reports: BundleProgress[], total: number) {
  expect(reports.length).toBeGreaterThan(0);
  expect(reports[0]).toMatchObject({ step: 'reading', done: 0, total });
  for (const r of reports) expect(r.total).toBe(total);
  for (let i = 1; i < reports.length; i++) expect(reports[i]!.done).toBeGreaterThanOrEqual(reports[i - 1]!.done);
  expect(reports.filter((r) => r.done === total)).toHaveLength(1);
  expect(reports.at(-1)!.done).toBe(total);
}

describe('bundle progress', () => {
  it('counts an evidence bundle by files read, exhibits placed and the file written, up to its total', async () => {
    const loaded = await evidenceCase();
    const reports: BundleProgress[] = [];
    const built = await buildEvidenceBundle(loaded, { dividers: true, onProgress: (p) => reports.push(p) });
    const files = loaded.data.evidence.length;
    expectWholeRun(reports, 2 * files + 1);

    // Reading: one report per file, counted 1…5 of 5, while the bar goes 1…5 of 11.
    const reading = reports.filter((r) => r.step === 'reading');
    expect(reading.map((r) => [r.count, r.of, r.done])).toEqual(Array.from({ length: files + 1 }, (_, i) => [i, files, i]));
    // Placing: the last page placed of the bundle's pages, one report per exhibit, ending on the last page.
    const placing = reports.filter((r) => r.step === 'placing');
    expect(placing.map((r) => r.count)).toEqual(built.manifest.exhibits.map((e) => e.lastPage));
    expect(placing.map((r) => r.done)).toEqual(placing.map((_, i) => files + i + 1));
    for (const r of placing) expect(r.of).toBe(built.manifest.totalPages);
    // Writing comes last, and only the written file reaches the total.
    expect(reports.slice(-2)).toEqual([
      { step: 'writing', done: 2 * files, total: 2 * files + 1, count: 0, of: built.manifest.totalPages },
      {
        step: 'writing',
        done: 2 * files + 1,
        total: 2 * files + 1,
        count: built.manifest.totalPages,
        of: built.manifest.totalPages,
      },
    ]);
  });

  it('never goes back when the bundle is split into volumes (a split may be tried again)', async () => {
    const loaded = await loadCaseFile(writeFixtureCase(tempDir(), await oddInputs()));
    const reports: BundleProgress[] = [];
    const built = await buildEvidenceBundle(loaded, { volumeBytes: 100_000, onProgress: (p) => reports.push(p) });
    expect(built.volumes.length).toBeGreaterThan(1);
    expectWholeRun(reports, 2 * loaded.data.evidence.length + 1);
    expect(reports.filter((r) => r.step === 'writing' && r.count === 0).length).toBeGreaterThanOrEqual(built.volumes.length);
  });

  it('counts a courier bundle by its letter, waybill and tracking record', async () => {
    const dir = tempDir();
    const caseFile = writeFixtureCase(dir, { 'a.pdf': await makePdf([{ size: [595, 842] }]) });
    const data = JSON.parse(readFileSync(caseFile, 'utf8'));
    writeFileSync(join(dir, 'mail', 'letter.pdf'), await makePdf([{ size: [595, 842] }, { size: [595, 842] }]));
    data.mailings[0].letter = 'mail/letter.pdf';
    writeFileSync(caseFile, JSON.stringify(data));
    const reports: BundleProgress[] = [];
    const built = await buildCourierBundle(await loadCaseFile(caseFile), data.mailings[0].id, {
      onProgress: (p) => reports.push(p),
    });
    expectWholeRun(reports, 7);
    expect(reports.filter((r) => r.step === 'reading').map((r) => r.count)).toEqual([0, 1, 2, 3]);
    expect(reports.filter((r) => r.step === 'placing').map((r) => r.count)).toEqual(
      built.manifest.exhibits.map((e) => e.lastPage),
    );
    expect(reports.at(-1)).toMatchObject({ count: built.manifest.totalPages, of: built.manifest.totalPages });
  });
});
