import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** What a path turned out to be when a regular file was expected. */
export type NotARegularFile = 'missing' | 'folder' | 'not-a-file' | 'link';

export class NotARegularFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: NotARegularFile,
  ) {
    super(`${path}: ${reason}`);
  }
}

/**
 * Opens a file for reading only if it is a regular file. It is opened non-blocking and checked on the open
 * handle, so a named pipe or a device given in its place is refused at once instead of hanging the reader,
 * and a swap between a check and the open cannot slip another file in. With `noFollow` a symbolic link as
 * the last part of the path is refused too (the caller has already resolved links it accepts).
 */
export async function openRegularFile(path: string, options: { noFollow?: boolean } = {}): Promise<FileHandle> {
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0);
  let handle: FileHandle;
  try {
    handle = await open(path, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NotARegularFileError(path, 'missing');
    if (code === 'ELOOP') throw new NotARegularFileError(path, 'link');
    if (code === 'EISDIR') throw new NotARegularFileError(path, 'folder');
    if (code === 'ENXIO') throw new NotARegularFileError(path, 'not-a-file');
    throw error;
  }
  const found = await handle.stat();
  if (!found.isFile()) {
    await handle.close();
    throw new NotARegularFileError(path, found.isDirectory() ? 'folder' : 'not-a-file');
  }
  return handle;
}

/** The whole of a regular file (see `openRegularFile`). */
export async function readRegularFile(path: string, options: { noFollow?: boolean } = {}): Promise<Buffer> {
  const handle = await openRegularFile(path, options);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
