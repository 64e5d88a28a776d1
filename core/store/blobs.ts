import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sha256File, sha256Hex } from '../util/sha256.js';

export interface StoredBlob {
  sha256: string;
  size: number;
}

/** Where the blob with this SHA-256 lives: `blobs/ab/abcdef…`. */
export function blobPath(blobDir: string, sha256: string): string {
  return join(blobDir, sha256.slice(0, 2), sha256);
}

/**
 * Copies a file into the blob store under the SHA-256 of what was copied (not of what was read earlier),
 * through a temporary name and a rename, so that a blob is either whole or absent.
 */
export async function storeBlob(blobDir: string, source: string): Promise<StoredBlob> {
  await mkdir(blobDir, { recursive: true });
  const temp = join(blobDir, `.incoming-${randomBytes(8).toString('hex')}.tmp`);
  try {
    await copyFile(source, temp);
    const sha256 = await sha256File(temp);
    const { size } = await stat(temp);
    const target = blobPath(blobDir, sha256);
    await mkdir(dirname(target), { recursive: true });
    await rename(temp, target);
    return { sha256, size };
  } finally {
    await rm(temp, { force: true });
  }
}

/** Stores bytes received from the app (an uploaded or dropped file) under their SHA-256. */
export async function storeBlobBytes(blobDir: string, bytes: Uint8Array): Promise<StoredBlob> {
  const sha256 = sha256Hex(bytes);
  const target = blobPath(blobDir, sha256);
  if (!(await stat(target).catch(() => undefined))) {
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, bytes);
      await rename(temp, target);
    } finally {
      await rm(temp, { force: true });
    }
  }
  return { sha256, size: bytes.byteLength };
}
