import type { ApiResult } from '../../../core/api/public-api.js';
import { MIME } from '../components/download.js';
import { toBase64 } from '../components/to-base64.js';
import { api } from './client.js';

/** Upload pieces: well under the bridge's request cap once in base64. */
const UPLOAD_CHUNK = 4 * 1024 * 1024;

/** Writes a backup in the data folder and reads it out chunk by chunk into one Blob, then drops it there. */
export async function fetchBackup(): Promise<{ fileName: string; blob: Blob }> {
  const { id, size, fileName } = await api.send('backup/create', {});
  try {
    const parts: BlobPart[] = [];
    for (let offset = 0; offset < size;) {
      const { bytes } = await api.send('backup/read', { id, offset });
      const chunk = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
      if (chunk.length === 0) break;
      parts.push(chunk);
      offset += chunk.length;
    }
    return { fileName, blob: new Blob(parts, { type: MIME.zip }) };
  } finally {
    await api.send('backup/discard', { id });
  }
}

/** Uploads a backup file in pieces and has core check it; answers the transfer and what restoring it replaces. */
export async function uploadBackup(file: File): Promise<{ id: string; check: ApiResult<'backup/check'> }> {
  let id: string | undefined;
  try {
    for (let at = 0; at === 0 || at < file.size; at += UPLOAD_CHUNK) {
      const bytes = toBase64(await file.slice(at, at + UPLOAD_CHUNK).arrayBuffer());
      ({ id } = await api.send('backup/upload', id ? { id, bytes } : { bytes }));
    }
  } catch (failure) {
    if (id) await api.send('backup/discard', { id });
    throw failure;
  }
  return { id: id!, check: await api.send('backup/check', { id: id!, name: file.name }) };
}
