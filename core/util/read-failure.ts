import { FileError } from '../errors.js';
import { NotARegularFileError } from './open-regular-file.js';

/** Why a file could not be read, in words a user acts on (never the system's ENOENT/EACCES). */
export type ReadFailureReason = 'missing' | 'no-permission' | 'is-folder' | 'path-not-folder' | 'not-a-file' | 'unreadable';

const REASONS: Record<string, ReadFailureReason> = {
  ENOENT: 'missing',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EISDIR: 'is-folder',
  ENOTDIR: 'path-not-folder',
};

const WORDS: Record<ReadFailureReason, string> = {
  missing: 'there is no such file',
  'no-permission': 'no permission to read it',
  'is-folder': 'it is a folder, not a file',
  'path-not-folder': 'a part of its path is a file, not a folder',
  'not-a-file': 'it is not a regular file (a device, a pipe or a link)',
  unreadable: 'it cannot be read',
};

/** Why `error` (a system error, or openRegularFile's refusal) kept a file from being read. */
export function readFailureReason(error: unknown): ReadFailureReason {
  if (error instanceof NotARegularFileError)
    return error.reason === 'missing' ? 'missing' : error.reason === 'folder' ? 'is-folder' : 'not-a-file';
  return REASONS[(error as NodeJS.ErrnoException)?.code ?? ''] ?? 'unreadable';
}

/** Why, in English words: `there is no such file`. */
export function readFailureWords(error: unknown): string {
  return WORDS[readFailureReason(error)];
}

/** A file named by the user could not be read; `what` says which (`the letter settings`), `reason` why. */
export class UnreadableFileError extends FileError {
  override name = 'UnreadableFileError';
  readonly code = 'file-unreadable';
  readonly reason: ReadFailureReason;
  constructor(file: string, error: unknown, what = 'the file') {
    const reason = readFailureReason(error);
    super(file, `cannot read ${what}: ${WORDS[reason]}`);
    this.reason = reason;
  }

  get params() {
    return { file: this.file, reason: this.reason };
  }
}
