import type { ApiResult } from '../../../core/api/public-api.js';
import { MIME } from '../components/download.js';
import { toBase64 } from '../components/to-base64.js';
import { api } from './client.js';

/** Upload pieces: well under the bridge's request cap once in base64. */
const UPLOAD_CHUNK = 4 * 1024 * 1024;
/** How often the page asks how far core's work has come. */
const POLL_MS = 250;

/**
 * How far a backup or a restore has come: core's steps count files (`read`: checksums, `copy`: files written
 * into the backup, `check`: files of a backup checked); `save` and `upload` count the bytes carried between
 * the page and the data folder.
 */
export interface TransferProgress {
  step: 'read' | 'copy' | 'check' | 'save' | 'upload';
  done: number;
  total: number;
}
type OnProgress = (progress: TransferProgress) => void;

/** Writes a backup in the data folder and reads it out chunk by chunk into one Blob, then drops it there. */
export async function fetchBackup(onProgress: OnProgress): Promise<{ fileName: string; blob: Blob }> {
  const { id } = await api.send('backup/start', {});
  try {
    const { size, fileName } = await whilePolling(id, onProgress, api.send('backup/create', { id }));
    const parts: BlobPart[] = [];
    for (let offset = 0; offset < size;) {
      onProgress({ step: 'save', done: offset, total: size });
      const { bytes } = await api.send('backup/read', { id, offset });
      const chunk = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
      if (chunk.length === 0) break;
      parts.push(chunk);
      offset += chunk.length;
    }
    onProgress({ step: 'save', done: size, total: size });
    return { fileName, blob: new Blob(parts, { type: MIME.zip }) };
  } finally {
    await api.send('backup/discard', { id });
  }
}

/** Uploads a backup file in pieces and has core check it; answers the transfer and what restoring it replaces. */
export async function uploadBackup(
  file: File,
  onProgress: OnProgress,
): Promise<{ id: string; check: ApiResult<'backup/check'> }> {
  let id: string | undefined;
  try {
    for (let at = 0; at === 0 || at < file.size; at += UPLOAD_CHUNK) {
      onProgress({ step: 'upload', done: at, total: file.size });
      const bytes = toBase64(await file.slice(at, at + UPLOAD_CHUNK).arrayBuffer());
      ({ id } = await api.send('backup/upload', id ? { id, bytes } : { bytes }));
    }
  } catch (failure) {
    if (id) await api.send('backup/discard', { id });
    throw failure;
  }
  const check = await whilePolling(id!, onProgress, api.send('backup/check', { id: id!, name: file.name }));
  return { id: id!, check };
}

/** Waits for `work` on transfer `id`, passing on core's progress every POLL_MS meanwhile. */
async function whilePolling<T>(id: string, onProgress: OnProgress, work: Promise<T>): Promise<T> {
  let running = true;
  const poll = async () => {
    while (running) {
      await new Promise((wake) => setTimeout(wake, POLL_MS));
      // The transfer may end (done, refused) while a question is on its way: its answer is then not needed.
      const progress = running ? await api.send('backup/progress', { id }).catch(() => null) : null;
      if (running && progress?.step) onProgress({ step: progress.step, done: progress.done, total: progress.total });
    }
  };
  void poll();
  try {
    return await work;
  } finally {
    running = false;
  }
}
