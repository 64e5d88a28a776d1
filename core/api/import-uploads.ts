import { randomUUID } from 'node:crypto';
import { BatchFileError } from '../batch-import/errors.js';
import { isBatchFile, readTableBytes, type Table } from '../batch-import/read-table.js';
import { CasePackError } from '../errors.js';

/** No upload with that id: it was replaced by newer ones or left idle too long. */
export class ImportUploadError extends CasePackError {
  override name = 'ImportUploadError';
  readonly code = 'import-upload-gone';
}

/** The largest table the app takes in one upload (the web bridge carries it as base64 in one request). */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;
const KEEP_MS = 60 * 60_000;
const KEPT = 4;

interface Upload {
  name: string;
  bytes: Buffer;
  table?: Table;
  timer: NodeJS.Timeout;
}

const uploads = new Map<string, Upload>();

/**
 * Keeps a table file the app uploaded, for the preview, the dry run and the import that follow; the oldest
 * goes when more than a few are kept, and each goes after an hour unused. Nothing of it is written to disk.
 */
export function keepUpload(name: string, bytes: Buffer): string {
  checkUpload(name, bytes);
  const id = randomUUID();
  uploads.set(id, { name, bytes, timer: setTimeout(forget, KEEP_MS, id).unref() });
  for (const old of uploads.keys()) if (uploads.size > KEPT) forget(old);
  return id;
}

/** Refuses a file that is not a table by its name, or larger than the app takes. */
export function checkUpload(name: string, bytes: Uint8Array): void {
  if (!isBatchFile(name)) throw new BatchFileError(name, 'expected a .csv, .txt or .xlsx file', 'batch-not-a-table');
  if (bytes.length > MAX_UPLOAD_BYTES)
    throw new BatchFileError(name, `larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: split the file`, 'batch-too-large', {
      max: MAX_UPLOAD_BYTES / 1024 / 1024,
    });
}

function forget(id: string): void {
  clearTimeout(uploads.get(id)?.timer);
  uploads.delete(id);
}

function find(id: string): Upload {
  const upload = uploads.get(id);
  if (!upload)
    throw new ImportUploadError(`upload ${id}: gone (replaced by newer uploads or idle too long); choose the file again`);
  upload.timer.refresh();
  return upload;
}

/** The upload's name and bytes, as given. */
export function uploadedFile(id: string): { name: string; bytes: Buffer } {
  const { name, bytes } = find(id);
  return { name, bytes };
}

/** The upload read as a table (once; later calls reuse it). */
export async function uploadedTable(id: string): Promise<{ name: string; table: Table }> {
  const upload = find(id);
  upload.table ??= await readTableBytes(upload.name, upload.bytes);
  return { name: upload.name, table: upload.table };
}
