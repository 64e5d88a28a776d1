import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { BlobChangedError } from '../store/blobs.js';
import type { Store } from '../store/open.js';
import { tempSibling } from '../util/own-temp.js';
import { sha256File } from '../util/sha256.js';
import type { BackupProgressListener } from './backup-progress.js';
import { DATABASE_ENTRY, MANIFEST_ENTRY, type BackupManifest } from './manifest.js';

/**
 * Writes a backup of the store to `out`: a ZIP (stored, not compressed: scans and PDFs are compressed
 * already) holding a manifest with the SHA-256 of every file, a consistent copy of the database taken with
 * SQLite's online backup (the app may keep writing meanwhile) and every stored file. Blobs are never
 * changed or deleted, so every file the copied database names is in the folder when it is read after.
 * Written through a temporary file: a failure leaves nothing at `out`. Files are streamed, so memory does
 * not grow with the data; past 4 GB or 65,535 files the ZIP64 extension is written. `onProgress` hears of
 * every file checksummed (`read`), then of every file written into the backup (`copy`).
 */
export async function writeBackup(
  store: Store,
  out: string,
  onProgress: BackupProgressListener = () => {},
): Promise<BackupManifest> {
  const snapshot = tempSibling(join(tmpdir(), 'casepack-backup.db'));
  const partial = tempSibling(out);
  try {
    await store.db.backup(snapshot);
    const entries: { name: string; file: string }[] = [{ name: DATABASE_ENTRY, file: snapshot }];
    for (const blob of await blobFiles(store.blobDir)) entries.push({ name: `blobs/${blob}`, file: join(store.blobDir, blob) });

    const total = entries.length;
    const files: BackupManifest['files'] = {};
    onProgress({ step: 'read', done: 0, total });
    for (const [index, entry] of entries.entries()) {
      files[entry.name] = await hashFile(entry.file);
      onProgress({ step: 'read', done: index + 1, total });
    }
    for (const entry of entries)
      if (entry.name.startsWith('blobs/') && !entry.name.endsWith(files[entry.name]!.sha256))
        throw new BlobChangedError(entry.name.slice(-64));
    const manifest: BackupManifest = { format: 'casepack-backup', version: 1, createdAt: new Date().toISOString(), files };

    const zip = new ZipFile();
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST_ENTRY, { compress: false });
    // A file that cannot be read, or is not the size checksummed, fails the ZIP's own stream (and the write).
    const output = zip.outputStream as Readable;
    zip.on('error', (error: Error) => output.destroy(error));
    let copied = 0;
    onProgress({ step: 'copy', done: 0, total });
    for (const entry of entries)
      zip.addReadStreamLazy(entry.name, { compress: false, size: files[entry.name]!.size }, (give) => {
        const stream = createReadStream(entry.file);
        stream.on('error', (error) => output.destroy(error));
        stream.on('end', () => onProgress({ step: 'copy', done: ++copied, total }));
        give(null, stream);
      });
    zip.end();
    await pipeline(output, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
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
  return { sha256: await sha256File(file), size: (await stat(file)).size };
}
