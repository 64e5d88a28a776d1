import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Files up to this size are read in one go: streaming costs more than the reading for small files. */
const READ_WHOLE_BYTES = 8 * 1024 * 1024;

/** SHA-256 of a file; a large one is streamed so that a big scan is never held in memory whole. */
export async function sha256File(file: string): Promise<string> {
  if ((await stat(file)).size <= READ_WHOLE_BYTES) return sha256Hex(await readFile(file));
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
