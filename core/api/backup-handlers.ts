import { basename } from 'node:path';
import { z } from 'zod';
import {
  appendChunk,
  BackupTransferError,
  endTransfer,
  newTransfer,
  progressOf,
  readChunk,
  settleSize,
  transfer,
} from '../backup/backup-transfers.js';
import { BadBackupError } from '../backup/read-backup.js';
import { caseCount, prepareRestore, restoreUnderOpenStore } from '../backup/restore-backup.js';
import { writeBackup } from '../backup/write-backup.js';
import { localToday } from '../dates/calendar-date.js';
import { base64, toBase64 } from './base64.js';
import { handler } from './handler.js';

const transferId = z.string().uuid({ error: 'expected a backup transfer id' });
const offset = z.number().int().nonnegative();

/**
 * Backup and restore from the app's Settings. The backup file never has a path the page names: a backup is
 * written into the data folder and read out in chunks (the page saves it as a download), and a backup to
 * restore is uploaded in chunks, checked (every SHA-256, and the database's integrity) before anything is
 * replaced, and applied only on a second call once the user has confirmed.
 */
export const backupHandlers = {
  /** A new, empty transfer: its id, for `backup/progress` while `backup/create` writes into it. */
  'backup/start': handler(z.object({}), ({ store }) => ({ id: newTransfer(store.db.name).id })),

  /**
   * Writes a backup of the store as it is now, into the transfer `id` (from `backup/start`) or a new one;
   * answers the transfer to read it from, its size and a file name.
   */
  'backup/create': handler(z.object({ id: transferId.optional() }), async ({ store }, args) => {
    const id = args.id ?? newTransfer(store.db.name).id;
    const { file, size, restore } = transfer(id);
    if (size > 0 || restore) throw new BackupTransferError(`backup transfer ${id}: holds an upload; start a new one`);
    try {
      await writeBackup(store, file, progressOf(id));
      return { id, size: await settleSize(id), fileName: `casepack-backup-${localToday()}.zip` };
    } catch (error) {
      await endTransfer(id);
      throw error;
    }
  }),

  /** One chunk of a backup being read out (`backup/create`) or none past its end. */
  'backup/read': handler(z.object({ id: transferId, offset }), async (_context, args) => ({
    bytes: toBase64(await readChunk(args.id, args.offset)),
  })),

  /** Adds a chunk to a backup being uploaded; without an id, starts a new upload. Answers the id and size so far. */
  'backup/upload': handler(z.object({ id: transferId.optional(), bytes: base64 }), async ({ store }, args) => {
    const id = args.id ?? newTransfer(store.db.name).id;
    return { id, size: await appendChunk(id, Buffer.from(args.bytes, 'base64')) };
  }),

  /**
   * Checks an uploaded backup without replacing anything; `name` is the file's name as the user chose it,
   * for the message that refuses a damaged or altered one. Answers what restoring it would replace.
   */
  'backup/check': handler(z.object({ id: transferId, name: z.string().min(1).max(1000) }), async ({ store }, args) => {
    const upload = transfer(args.id);
    try {
      upload.restore ??= await prepareRestore(upload.file, store.db.name, progressOf(args.id));
    } catch (error) {
      await endTransfer(args.id);
      throw error instanceof BadBackupError ? error.shownAs(basename(args.name)) : error;
    }
    const files = Object.keys(upload.restore.manifest.files).length - 1;
    return {
      backup: { createdAt: upload.restore.manifest.createdAt, cases: upload.restore.cases, files },
      current: { cases: caseCount(store.db) },
    };
  }),

  /** Replaces the database with a checked backup; the replaced one is kept beside it. Answers the cases restored. */
  'backup/restore': handler(z.object({ id: transferId }), async ({ store }, args) => {
    const prepared = transfer(args.id).restore;
    if (!prepared) throw new BackupTransferError(`backup transfer ${args.id}: check the backup before restoring it`);
    const aside = await restoreUnderOpenStore(store, prepared);
    await endTransfer(args.id);
    return { cases: caseCount(store.db), keptAs: aside ? basename(aside) : null };
  }),

  /**
   * How far `backup/create` or `backup/check` on the transfer has come: files done of all in the step it is
   * at (`read`, `copy`, `check`), or no step before either has started.
   */
  'backup/progress': handler(z.object({ id: transferId }), (_context, args) => {
    const { progress } = transfer(args.id);
    return progress ?? { step: null, done: 0, total: 0 };
  }),

  /** Drops a transfer and its file: a backup read out, or an upload the user did not restore. */
  'backup/discard': handler(z.object({ id: transferId }), async (_context, args) => {
    await endTransfer(args.id);
    return {};
  }),
};
