import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { CasePackError } from '../errors.js';
import { openRegularFile } from '../util/open-regular-file.js';
import type { BackupProgressListener } from './backup-progress.js';
import { backupManifest, DATABASE_ENTRY, isBackupEntryName, MANIFEST_ENTRY, type BackupManifest } from './manifest.js';

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

const MAX_MANIFEST = 64 * 1024 * 1024;

/**
 * Unpacks a backup into `into` (a new, empty folder) and checks every file against the manifest's SHA-256
 * and size: an entry missing, extra, changed, or named outside the backup's own layout refuses the whole
 * backup. The ZIP's directory and the manifest are read first, and every entry's declared size must be the
 * manifest's before anything is unpacked, so a hostile archive cannot fill the disk; the unpacked bytes are
 * then held to the declared sizes. Nothing outside `into` is written; memory does not grow with the size.
 * `onProgress` hears of every file unpacked and checked (`check`).
 */
export async function unpackBackup(
  file: string,
  into: string,
  onProgress: BackupProgressListener = () => {},
): Promise<BackupManifest> {
  (
    await openRegularFile(file).catch(() => {
      throw new BadBackupError(file, 'unreadable');
    })
  ).close();
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }).catch(() => {
    throw new BadBackupError(file, 'not-a-backup');
  });
  try {
    const entries = await listEntries(file, zip);
    const head = entries.get(MANIFEST_ENTRY);
    if (!head || head.uncompressedSize > MAX_MANIFEST) throw new BadBackupError(file, 'not-a-backup');
    const manifest = parseManifest(file, await entryText(file, zip, head));
    checkListing(file, manifest, entries);
    const total = entries.size - 1;
    let done = 0;
    onProgress({ step: 'check', done, total });
    for (const [name, entry] of entries) {
      if (name === MANIFEST_ENTRY) continue;
      if ((await unpackEntry(file, zip, entry, join(into, name))) !== manifest.files[name]!.sha256)
        throw new BadBackupError(file, 'file-changed', name);
      onProgress({ step: 'check', done: ++done, total });
    }
    return manifest;
  } finally {
    zip.close();
  }
}

/** Every entry of the archive by name; a name outside the backup's layout, or twice, refuses it. */
function listEntries(file: string, zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName;
      if ((name !== MANIFEST_ENTRY && !isBackupEntryName(name)) || entries.has(name) || entry.isEncrypted())
        return reject(new BadBackupError(file, 'foreign-file'));
      entries.set(name, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(new BadBackupError(file, 'not-a-backup')));
    zip.readEntry();
  });
}

async function entryText(file: string, zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  const parts: Buffer[] = [];
  try {
    for await (const part of await zip.openReadStreamPromise(entry)) parts.push(part as Buffer);
  } catch {
    throw new BadBackupError(file, 'not-a-backup');
  }
  return Buffer.concat(parts).toString('utf8');
}

/** Writes one entry to `target` and returns the SHA-256 of what was written, taken as it streams past. */
async function unpackEntry(file: string, zip: yauzl.ZipFile, entry: yauzl.Entry, target: string): Promise<string> {
  mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  const hash = createHash('sha256');
  try {
    await pipeline(
      await zip.openReadStreamPromise(entry),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(target, { flags: 'wx', mode: 0o600 }),
    );
  } catch {
    throw new BadBackupError(file, 'file-changed', entry.fileName);
  }
  return hash.digest('hex');
}

function parseManifest(file: string, text: string): BackupManifest {
  try {
    return backupManifest.parse(JSON.parse(text));
  } catch {
    throw new BadBackupError(file, 'not-a-backup');
  }
}

/** The archive holds exactly the manifest's files, each of the size the manifest gives. */
function checkListing(file: string, manifest: BackupManifest, entries: Map<string, yauzl.Entry>): void {
  const listed = Object.keys(manifest.files);
  if (!listed.includes(DATABASE_ENTRY)) throw new BadBackupError(file, 'no-database');
  for (const name of listed) {
    const entry = entries.get(name);
    if (!entry) throw new BadBackupError(file, 'file-missing', name);
    if (entry.uncompressedSize !== manifest.files[name]!.size) throw new BadBackupError(file, 'file-changed', name);
    if (name.startsWith('blobs/') && !name.endsWith(manifest.files[name]!.sha256))
      throw new BadBackupError(file, 'file-changed', name);
  }
  if (entries.size !== listed.length + 1) throw new BadBackupError(file, 'unlisted-files');
}
