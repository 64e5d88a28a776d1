import { basename } from 'node:path';
import type { FieldIssueCode } from './case/issue-codes.js';

/** What the UI needs to say an error in its own language: a stable code and the values the sentence names. */
export type ErrorParams = Record<string, string | number>;

/**
 * Base class for every error CasePack reports to a user: the message names the file and the field. An error
 * the app may show has a string `code` too, and `params`, from which the UI writes its own sentence in its
 * language (see `toErrorPayload`).
 */
export class CasePackError extends Error {
  override name = 'CasePackError';
}

/** Why a file the case names cannot be used. */
export type FileIssueCode = 'file-missing' | 'file-outside-folder' | 'not-a-file' | 'file-empty';
const FILE_ISSUE_CODES: ReadonlySet<string> = new Set<FileIssueCode>([
  'file-missing',
  'file-outside-folder',
  'not-a-file',
  'file-empty',
]);

/** One problem found in a case file, located by its JSON path (`debtors[1].role`). */
export interface CaseIssue {
  path: string;
  message: string;
  /**
   * Why, for the UI to word: a file the case names that cannot be used (with `file`, the path as written), or
   * a field refused (`core/case/issue-codes.ts`, with `params`).
   */
  code?: FileIssueCode | FieldIssueCode;
  params?: ErrorParams;
  file?: string;
}

/** The case file is not valid: every problem found is listed, each with its JSON path. */
export class CaseValidationError extends CasePackError {
  override name = 'CaseValidationError';
  constructor(
    readonly file: string,
    readonly issues: readonly CaseIssue[],
  ) {
    super(`${file}: ${issues.length} problem(s)\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  }

  /** Where the first problem is one the UI words itself (a file the case names), its code: `case-file-outside-folder`. */
  get code(): string | undefined {
    const code = this.issues[0]?.code;
    return code && FILE_ISSUE_CODES.has(code) ? `case-${code}` : undefined;
  }

  get params() {
    return { file: basename(this.file), path: this.issues[0]?.file ?? '', more: this.issues.length - 1 };
  }
}

/** A file could not be read, or is not what it should be. */
export class FileError extends CasePackError {
  override name = 'FileError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** A case file saved in another encoding than UTF-8; `encoding` names it (GBK/GB18030, UTF-16, Big5). */
export class CaseEncodingError extends FileError {
  override name = 'CaseEncodingError';
  readonly code = 'case-file-encoding';
  constructor(
    file: string,
    readonly encoding: string,
  ) {
    super(file, `saved as ${encoding}, not UTF-8; save it again as UTF-8`);
  }

  get params() {
    return { file: basename(this.file), encoding: this.encoding };
  }
}

/** The database is not one this version of CasePack can open, or an operation on it failed. */
export class StoreError extends CasePackError {
  override name = 'StoreError';
}
