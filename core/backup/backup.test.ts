import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { runCli } from '../../test/support/cli.js';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { keepOutput, listOutputs, readOutput } from '../outputs/case-outputs.js';
import { blobPath, readBlob } from '../store/blobs.js';
import { importCase } from '../store/import-case.js';
import { openStore } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { BadBackupError } from './read-backup.js';
import { prepareRestore } from './restore-backup.js';
import { writeBackup } from './write-backup.js';

const tempDir = useTempDir();
const count = (db: string) => {
  const store = openStore(db);
  const n = (store.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  store.close();
  return n;
};

/** A data folder holding every example case, and a backup of it written while another connection writes. */
async function backedUp() {
  const db = join(tempDir(), 'casepack.db');
  const store = openStore(db);
  for (const file of EXAMPLE_CASES) await importCase(store, await loadCaseFile(file));
  // A kept output is a blob no case file names: the backup carries it all the same.
  const kept = {
    kind: 'evidence-bundle',
    fileName: 'evidence-bundle.pdf',
    madeAt: '2026-01-05T09:00:00.000Z',
    madeBy: 'tester',
  } as const;
  await keepOutput(store, { ...kept, caseId: 1, bytes: Buffer.from('%PDF-1.7 kept with the case') });
  const writer = new BetterSqlite3(db);
  writer.exec('BEGIN IMMEDIATE');
  writer.prepare("UPDATE cases SET title = 'uncommitted'").run();
  const out = join(tempDir(), 'casepack-backup.zip');
  const manifest = await writeBackup(store, out);
  writer.exec('ROLLBACK');
  writer.close();
  return { db, store, out, manifest };
}

describe('backup and restore', () => {
  it('restore every case and stored file, exactly as committed when the backup was taken', async () => {
    const { store, out, manifest } = await backedUp();
    const ids = (store.db.prepare('SELECT id FROM cases ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    const blobs = Object.keys(manifest.files).filter((n) => n.startsWith('blobs/'));
    expect(blobs.length).toBeGreaterThan(10);

    const target = join(tempDir(), 'casepack.db');
    openStore(target).close(); // an empty database in the way: it is kept aside, not deleted
    const prepared = await prepareRestore(out, target);
    expect(prepared.cases).toBe(EXAMPLE_CASES.length);
    const aside = await prepared.apply();
    expect(aside).toMatch(/casepack\.db\.before-restore-/);
    expect(count(aside!)).toBe(0);

    const restored = openStore(target);
    for (const id of ids) {
      const before = getCase(store, id);
      const after = getCase(restored, id);
      expect(after.data).toEqual(before.data);
      expect(after.data.title).not.toBe('uncommitted');
      for (const f of after.files)
        expect((await readBlob(restored.blobDir, f.sha256)).equals(readFileSync(blobPath(store.blobDir, f.sha256)))).toBe(true);
      expect(listOutputs(restored.db, id)).toEqual(listOutputs(store.db, id));
    }
    const [output] = listOutputs(restored.db, 1);
    expect((await readOutput(restored, 1, output!.id)).bytes.toString()).toBe('%PDF-1.7 kept with the case');
    restored.close();
    store.close();
  });

  it('refuses a backup with one changed byte, a cut-off one and a file that is no backup, changing nothing', async () => {
    const { store, out } = await backedUp();
    const pdf = readFileSync(blobPath(store.blobDir, getCase(store, 1).files[0]!.sha256));
    store.close();
    const zip = readFileSync(out);
    const tampered = Buffer.from(zip);
    const at = zip.indexOf(pdf.subarray(0, 64)) + 200;
    tampered[at] = tampered[at]! ^ 0x01;
    const cases = {
      tampered,
      truncated: zip.subarray(0, Math.floor(zip.length / 2)),
      'not a backup': Buffer.from('PK\u0003\u0004 not really a zip'),
    };
    const dir = tempDir();
    const target = join(dir, 'casepack.db');
    openStore(target).close();
    const before = readFileSync(target);
    for (const [name, bytes] of Object.entries(cases)) {
      const file = join(tempDir(), `${name}.zip`);
      writeFileSync(file, bytes);
      const error = await prepareRestore(file, target).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(BadBackupError);
      expect((error as Error).message).toMatch(/nothing was restored$/);
      expect((error as Error).message).not.toContain('\n');
    }
    expect(readFileSync(target).equals(before)).toBe(true);
    // No staging folder left beside the database, and nothing moved aside.
    expect(readdirSync(dir).filter((f) => !['blobs', 'casepack.db', 'casepack.db-wal', 'casepack.db-shm'].includes(f))).toEqual(
      [],
    );
  });

  it('restores a backup written in the ZIP64 format, as one over 4 GB or 65,535 files is', async () => {
    const { store, out } = await backedUp();
    store.close();
    const zip64 = join(tempDir(), 'zip64.zip');
    await repack(out, zip64, { forceZip64Format: true });
    expect(readFileSync(zip64).includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true); // the ZIP64 end record
    const target = join(tempDir(), 'casepack.db');
    const prepared = await prepareRestore(zip64, target);
    expect(prepared.cases).toBe(EXAMPLE_CASES.length);
    await prepared.apply();
    expect(count(target)).toBe(EXAMPLE_CASES.length);
  });

  it('refuses, before unpacking anything, a backup whose file is far larger than its manifest says', async () => {
    const { store, out, manifest } = await backedUp();
    store.close();
    const blob = Object.keys(manifest.files).find((n) => n.startsWith('blobs/'))!;
    const bomb = join(tempDir(), 'bomb.zip');
    // 50 MB of zeros deflate to about 50 KB: a disk-filling entry in place of a listed file.
    await repack(out, bomb, { compress: true }, { [blob]: Buffer.alloc(50 * 1024 * 1024) });
    const dir = tempDir();
    const error = await prepareRestore(bomb, join(dir, 'casepack.db')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadBackupError);
    expect((error as BadBackupError).reason).toBe('file-changed');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('from the command line: asks before replacing, --yes for scripts, a tampered backup is one line', async () => {
    const { db, store, out } = await backedUp();
    store.close();
    const backup = join(tempDir(), 'again.zip');
    expect(runCli(['backup', '--db', db, '--out', backup])).toMatchObject({ status: 0, stderr: '' });
    const target = join(tempDir(), 'casepack.db');
    const asked = runCli(['restore', backup, '--db', target]);
    expect(asked).toMatchObject({
      status: 1,
      stderr: 'error: restore replaces the database: add --yes to do so without asking\n',
    });
    expect(existsSync(target)).toBe(false);
    expect(runCli(['restore', backup, '--db', target, '--yes']).status).toBe(0);
    expect(count(target)).toBe(EXAMPLE_CASES.length);

    const tampered = readFileSync(out);
    const middle = Math.floor(tampered.length / 2);
    tampered[middle] = tampered[middle]! ^ 0x01;
    writeFileSync(out, tampered);
    const refused = runCli(['restore', out, '--db', target, '--yes']);
    expect(refused.status).toBe(1);
    expect(refused.stderr.split('\n')).toHaveLength(2);
  });
});

/** Writes the entries of backup `from` to `to` again with yazl's `options`, some replaced by other bytes. */
async function repack(
  from: string,
  to: string,
  options: { forceZip64Format?: boolean; compress?: boolean },
  replace: Record<string, Buffer> = {},
) {
  const source = await yauzl.openPromise(from, { lazyEntries: true, autoClose: false });
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    source.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      source.readEntry();
    });
    source.on('end', resolve);
    source.on('error', reject);
    source.readEntry();
  });
  const zip = new ZipFile();
  for (const entry of entries) {
    const parts: Buffer[] = [];
    if (!replace[entry.fileName]) for await (const part of await source.openReadStreamPromise(entry)) parts.push(part as Buffer);
    const bytes = replace[entry.fileName] ?? Buffer.concat(parts);
    zip.addBuffer(bytes, entry.fileName, options);
  }
  zip.end({ forceZip64Format: options.forceZip64Format ?? false, comment: '' });
  await pipeline(zip.outputStream, createWriteStream(to));
  source.close();
}
