import { createHash, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Unzip, UnzipPassThrough, type UnzipFile } from 'fflate';
import { CasePackError } from '../errors.js';
import { openRegularFile } from '../util/open-regular-file.js';
import { backupManifest, isBackupEntryName, MANIFEST_ENTRY, type BackupManifest } from './manifest.js';

/** Why a backup was refused; the UI words each one in its own language. */
const REASONS = {
  unreadable: 'not a readable file',
  'not-a-backup': 'not a CasePack backup (not a ZIP archive with a manifest, or a damaged one)',
  'foreign-file': 'it holds a file a CasePack backup does not have',
  'no-database': 'the backup has no database',
  'file-missing': 'a file listed in the backup is missing',
  'file-changed': 'a file in the backup has been changed or damaged',
  'unlisted-files': 'it holds files its manifest does not list',
  'database-damaged': 'its database is damaged or not a CasePack database',
} as const;
export type BadBackupReason = keyof typeof REASONS;

/** A backup that cannot be restored as it is: damaged, altered, or not a CasePack backup at all. */
export class BadBackupError extends CasePackError {
  override name = 'BadBackupError';
  readonly code = 'backup-refused';
  constructor(
    readonly file: string,
    readonly reason: BadBackupReason,
    /** The entry of the backup concerned, for the English message (`blobs/ab/abcdef…`). */
    readonly entry?: string,
  ) {
    super(`${file}: ${REASONS[reason]}${entry ? ` (${entry})` : ''}; nothing was restored`);
  }

  get params() {
    return { file: this.file, reason: this.reason };
  }

  /** The same refusal naming the file as the user knows it (an upload is kept under a temporary name). */
  shownAs(file: string): BadBackupError {
    return new BadBackupError(file, this.reason, this.entry);
  }
}

const CHUNK = 1024 * 1024;
const MAX_MANIFEST = 64 * 1024 * 1024;

/**
 * Unpacks a backup into `into` (a new, empty folder) and checks every file against the manifest's SHA-256
 * and size: an entry missing, extra, changed, or named outside the backup's own layout refuses the whole
 * backup. Nothing outside `into` is written. Reads one chunk at a time: memory does not grow with the size.
 */
export async function unpackBackup(file: string, into: string): Promise<BackupManifest> {
  (
    await openRegularFile(file).catch(() => {
      throw new BadBackupError(file, 'unreadable');
    })
  ).close();
  let manifestText = '';
  const found = new Map<string, { hash: Hash; size: number }>();
  let problem: BadBackupReason | undefined;
  const unzip = new Unzip((entry: UnzipFile) => {
    if (problem) return;
    if (entry.name === MANIFEST_ENTRY) {
      entry.ondata = (error, data) => {
        if (error) problem = 'not-a-backup';
        else if ((manifestText += Buffer.from(data).toString('utf8')).length > MAX_MANIFEST) problem = 'not-a-backup';
      };
    } else if (!isBackupEntryName(entry.name) || found.has(entry.name)) {
      problem = 'foreign-file';
      return;
    } else {
      const target = join(into, entry.name);
      mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
      const out = openSync(target, 'wx', 0o600);
      const seen = { hash: createHash('sha256'), size: 0 };
      found.set(entry.name, seen);
      entry.ondata = (error, data, final) => {
        if (error) problem = 'not-a-backup';
        else {
          seen.hash.update(data);
          seen.size += data.length;
          writeSync(out, data);
        }
        if (final || error) closeSync(out);
      };
    }
    entry.start();
  });
  unzip.register(UnzipPassThrough);

  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const read = readSync(fd, chunk, 0, CHUNK, null);
      unzip.push(new Uint8Array(chunk.subarray(0, read)), read === 0);
      if (read === 0 || problem) break;
    }
  } catch {
    problem ??= 'not-a-backup';
  } finally {
    closeSync(fd);
  }
  if (problem) throw new BadBackupError(file, problem);
  return checkAgainstManifest(file, manifestText, found);
}

function checkAgainstManifest(file: string, text: string, found: Map<string, { hash: Hash; size: number }>): BackupManifest {
  let manifest: BackupManifest;
  try {
    manifest = backupManifest.parse(JSON.parse(text));
  } catch {
    throw new BadBackupError(file, 'not-a-backup');
  }
  const listed = Object.keys(manifest.files);
  if (!listed.includes('casepack.db')) throw new BadBackupError(file, 'no-database');
  for (const name of listed) {
    const seen = found.get(name);
    if (!seen) throw new BadBackupError(file, 'file-missing', name);
    const expected = manifest.files[name]!;
    if (seen.size !== expected.size || seen.hash.digest('hex') !== expected.sha256)
      throw new BadBackupError(file, 'file-changed', name);
    if (name.startsWith('blobs/') && !name.endsWith(expected.sha256)) throw new BadBackupError(file, 'file-changed', name);
  }
  if (found.size !== listed.length) throw new BadBackupError(file, 'unlisted-files');
  return manifest;
}
