import { createWriteStream } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { BlobChangedError } from '../store/blobs.js';
import type { Store } from '../store/open.js';
import { tempSibling } from '../util/own-temp.js';
import { sha256File } from '../util/sha256.js';
import { DATABASE_ENTRY, MANIFEST_ENTRY, type BackupManifest } from './manifest.js';

/**
 * Writes a backup of the store to `out`: a ZIP (stored, not compressed: scans and PDFs are compressed
 * already) holding a manifest with the SHA-256 of every file, a consistent copy of the database taken with
 * SQLite's online backup (the app may keep writing meanwhile) and every stored file. Blobs are never
 * changed or deleted, so every file the copied database names is in the folder when it is read after.
 * Written through a temporary file: a failure leaves nothing at `out`. Files are streamed, so memory does
 * not grow with the data; past 4 GB or 65,535 files the ZIP64 extension is written.
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
    for (const entry of entries)
      if (entry.name.startsWith('blobs/') && !entry.name.endsWith(files[entry.name]!.sha256))
        throw new BlobChangedError(entry.name.slice(-64));
    const manifest: BackupManifest = { format: 'casepack-backup', version: 1, createdAt: new Date().toISOString(), files };

    const zip = new ZipFile();
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST_ENTRY, { compress: false });
    for (const entry of entries) zip.addFile(entry.file, entry.name, { compress: false });
    zip.end();
    await pipeline(zip.outputStream, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
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
