import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { StoreError } from '../errors.js';
import { openRegularFile } from '../util/open-regular-file.js';
import { tempSibling } from '../util/own-temp.js';
import { sha256Hex } from '../util/sha256.js';

export interface StoredBlob {
  sha256: string;
  size: number;
}

/** Blobs are the user's evidence (ID cards, contracts): readable by the user only. */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;

/** A stored file no longer has the SHA-256 it was stored under: changed or damaged on disk since. */
export class BlobChangedError extends StoreError {
  override name = 'BlobChangedError';
  readonly code = 'stored-file-changed';
  constructor(readonly sha256: string) {
    super(`a stored file has changed on disk since it was added (${sha256.slice(0, 12)}…); restore it from a backup`);
  }

  get params() {
    return { sha256: this.sha256.slice(0, 12) };
  }
}

/** Where the blob with this SHA-256 lives: `blobs/ab/abcdef…`. */
export function blobPath(blobDir: string, sha256: string): string {
  return join(blobDir, sha256.slice(0, 2), sha256);
}

/**
 * Copies a regular file into the blob store under the SHA-256 of what was copied (not of what was read
 * earlier), through a temporary name and a rename, so that a blob is either whole or absent. A pipe or a
 * device in the file's place is refused at once (see `openRegularFile`); `source` has its links resolved.
 */
export async function storeBlob(blobDir: string, source: string): Promise<StoredBlob> {
  await mkdir(blobDir, { recursive: true, mode: PRIVATE_FOLDER });
  const temp = tempSibling(join(blobDir, 'incoming'));
  const handle = await openRegularFile(source, { noFollow: true });
  try {
    const hash = createHash('sha256');
    let size = 0;
    await pipeline(
      handle.createReadStream({ autoClose: false }),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(temp, { mode: PRIVATE_FILE }),
    );
    const sha256 = hash.digest('hex');
    const target = blobPath(blobDir, sha256);
    await mkdir(dirname(target), { recursive: true, mode: PRIVATE_FOLDER });
    await rename(temp, target);
    return { sha256, size };
  } finally {
    await handle.close();
    await rm(temp, { force: true });
  }
}

/** Stores bytes received from the app (an uploaded or dropped file) under their SHA-256. */
export async function storeBlobBytes(blobDir: string, bytes: Uint8Array): Promise<StoredBlob> {
  const sha256 = sha256Hex(bytes);
  const target = blobPath(blobDir, sha256);
  if (!(await stat(target).catch(() => undefined))) {
    await mkdir(dirname(target), { recursive: true, mode: PRIVATE_FOLDER });
    const temp = tempSibling(join(blobDir, 'incoming'));
    try {
      await writeFile(temp, bytes, { mode: PRIVATE_FILE });
      await rename(temp, target);
    } finally {
      await rm(temp, { force: true });
    }
  }
  return { sha256, size: bytes.byteLength };
}

/** A blob's bytes, checked against its SHA-256: a changed blob is reported, never served. */
export async function readBlob(blobDir: string, sha256: string): Promise<Buffer> {
  const bytes = await readFile(blobPath(blobDir, sha256));
  if (sha256Hex(bytes) !== sha256) throw new BlobChangedError(sha256);
  return bytes;
}
