import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipPassThrough } from 'fflate';
import { StoreError } from '../errors.js';
import { BlobChangedError } from '../store/blobs.js';
import type { Store } from '../store/open.js';
import { tempSibling } from '../util/own-temp.js';
import { DATABASE_ENTRY, MANIFEST_ENTRY, type BackupManifest } from './manifest.js';

const CHUNK = 1024 * 1024;
/** fflate writes ZIP without the ZIP64 extension: under 4 GB and 65,535 entries, with room for headers. */
const ZIP_LIMIT_BYTES = 0xffffffff - 64 * 1024 * 1024;
const ZIP_LIMIT_ENTRIES = 65_000;

/**
 * Writes a backup of the store to `out`: a ZIP (stored, not compressed: scans and PDFs are compressed
 * already) holding a manifest with the SHA-256 of every file, a consistent copy of the database taken with
 * SQLite's online backup (the app may keep writing meanwhile) and every stored file. Blobs are never
 * changed or deleted, so every file the copied database names is in the folder when it is read after.
 * Written through a temporary file: a failure leaves nothing at `out`. Memory stays at one chunk per file.
 */
export async function writeBackup(store: Store, out: string): Promise<BackupManifest> {
  const snapshot = tempSibling(join(tmpdir(), 'casepack-backup.db'));
  const partial = tempSibling(out);
  try {
    await store.db.backup(snapshot);
    const entries: { name: string; file: string }[] = [{ name: DATABASE_ENTRY, file: snapshot }];
    for (const blob of await blobFiles(store.blobDir)) entries.push({ name: `blobs/${blob}`, file: join(store.blobDir, blob) });

    const files: BackupManifest['files'] = {};
    for (const entry of entries) files[entry.name] = await hashFile(entry.file);
    const total = Object.values(files).reduce((sum, f) => sum + f.size, 0);
    if (total > ZIP_LIMIT_BYTES || entries.length > ZIP_LIMIT_ENTRIES)
      throw new StoreError('the data is too large for one backup file (over 4 GB or 65,000 files); copy the data folder instead');
    for (const entry of entries)
      if (entry.name.startsWith('blobs/') && !entry.name.endsWith(files[entry.name]!.sha256))
        throw new BlobChangedError(entry.name.slice(-64));
    const manifest: BackupManifest = { format: 'casepack-backup', version: 1, createdAt: new Date().toISOString(), files };

    const fd = openSync(partial, 'wx', 0o600);
    try {
      let failure: Error | null = null;
      const zip = new Zip((error, data) => {
        if (error) failure = error;
        else writeSync(fd, data);
      });
      const head = new ZipPassThrough(MANIFEST_ENTRY);
      zip.add(head);
      head.push(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), true);
      for (const entry of entries) {
        const item = new ZipPassThrough(entry.name);
        zip.add(item);
        copyInto(entry.file, (chunk, last) => item.push(chunk, last));
      }
      zip.end();
      if (failure) throw failure;
    } finally {
      closeSync(fd);
    }
    await rename(partial, out);
    return manifest;
  } finally {
    await rm(partial, { force: true });
    await rm(snapshot, { force: true });
  }
}

/** `ab/abcdef…` for every blob (temporary files of a blob being written are not blobs). */
async function blobFiles(blobDir: string): Promise<string[]> {
  const names: string[] = [];
  for (const prefix of (await readdir(blobDir).catch(() => [] as string[])).sort()) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    for (const name of (await readdir(join(blobDir, prefix))).sort())
      if (name.startsWith(prefix) && /^[0-9a-f]{64}$/.test(name)) names.push(`${prefix}/${name}`);
  }
  return names;
}

async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  copyInto(file, (chunk) => hash.update(chunk));
  return { sha256: hash.digest('hex'), size: (await stat(file)).size };
}

/** Feeds a file to `take` one chunk at a time; `last` is true on the final (possibly empty) chunk. */
function copyInto(file: string, take: (chunk: Uint8Array, last: boolean) => void): void {
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) return take(new Uint8Array(0), true);
      take(chunk.subarray(0, read), false);
    }
  } finally {
    closeSync(fd);
  }
}
