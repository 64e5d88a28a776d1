import { randomUUID } from 'node:crypto';
import { appendFile, open, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CasePackError } from '../errors.js';
import { tempSibling } from '../util/own-temp.js';
import type { BackupProgress, BackupProgressListener } from './backup-progress.js';
import type { PreparedRestore } from './restore-backup.js';

/** No backup transfer with that id: it was finished, cancelled, or left idle too long and removed. */
export class BackupTransferError extends CasePackError {
  override name = 'BackupTransferError';
  readonly code = 'backup-transfer-gone';
}

/**
 * A backup on its way between the app and the data folder, one chunk per API call (the bridge carries JSON
 * of a bounded size, and a backup may be far larger). The file lives beside the database under a temporary
 * name (`.casepack-backup.zip.<pid>-<random>.tmp`, swept at start-up if the app dies); `restore` is set once
 * an uploaded backup has been checked.
 */
interface Transfer {
  file: string;
  size: number;
  restore?: PreparedRestore;
  /** How far writing or checking the backup has come, for the page to ask while it waits. */
  progress?: BackupProgress;
  timer?: NodeJS.Timeout;
}

/** Chunks are read and written in pieces of at most this size (base64 makes them a third larger). */
export const TRANSFER_CHUNK = 8 * 1024 * 1024;
/** An upload stops here: past any data folder CasePack holds, short of filling a disk by mistake. */
const MAX_UPLOAD = 256 * 1024 ** 3;
/** A transfer nobody touches for this long is removed with its file. */
const IDLE_MS = 15 * 60_000;

const transfers = new Map<string, Transfer>();

/** A new transfer file in the folder of `dbFile`, empty; returns its id and where it is. */
export function newTransfer(dbFile: string): { id: string; file: string } {
  const id = randomUUID();
  const file = tempSibling(join(dirname(dbFile), 'casepack-backup.zip'));
  transfers.set(id, { file, size: 0 });
  touch(id);
  return { id, file };
}

export function transfer(id: string): Transfer {
  const found = transfers.get(id);
  if (!found)
    throw new BackupTransferError(`backup transfer ${id}: not found (finished, cancelled or idle too long); start again`);
  touch(id);
  return found;
}

/** Takes the size of a transfer's file as written by someone else (the backup writer). */
export async function settleSize(id: string): Promise<number> {
  const found = transfer(id);
  found.size = (await stat(found.file)).size;
  return found.size;
}

/** Up to `TRANSFER_CHUNK` bytes of the transfer's file from `offset`. */
export async function readChunk(id: string, offset: number): Promise<Buffer> {
  const found = transfer(id);
  const handle = await open(found.file, 'r');
  try {
    const length = Math.max(0, Math.min(TRANSFER_CHUNK, found.size - offset));
    const chunk = Buffer.alloc(length);
    const { bytesRead } = await handle.read(chunk, 0, length, offset);
    return chunk.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Adds an uploaded piece to the end of the transfer's file. */
export async function appendChunk(id: string, bytes: Buffer): Promise<number> {
  const found = transfer(id);
  if (found.restore) throw new BackupTransferError(`backup transfer ${id}: already checked; start again to upload another`);
  if (bytes.length > TRANSFER_CHUNK || found.size + bytes.length > MAX_UPLOAD)
    throw new BackupTransferError(`backup transfer ${id}: larger than a CasePack backup can be`);
  await appendFile(found.file, bytes, { mode: 0o600 });
  found.size += bytes.length;
  return found.size;
}

/** A listener that keeps the latest progress of the work on a transfer, for `transfer(id).progress`. */
export function progressOf(id: string): BackupProgressListener {
  const found = transfer(id);
  return (progress) => {
    found.progress = progress;
  };
}

/** Removes the transfer, its file and any checked restore staged for it. */
export async function endTransfer(id: string): Promise<void> {
  const found = transfers.get(id);
  if (!found) return;
  transfers.delete(id);
  clearTimeout(found.timer);
  await found.restore?.discard();
  await rm(found.file, { force: true });
}

function touch(id: string): void {
  const found = transfers.get(id)!;
  clearTimeout(found.timer);
  found.timer = setTimeout(() => void endTransfer(id), IDLE_MS).unref();
}
