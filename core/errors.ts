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
    /** False where `file` only says which case (a stored one, `case 3`): the UI then names no file. */
    readonly fromFile = true,
  ) {
    super(`${file}: ${issues.length} problem(s)\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  }

  /**
   * For the UI to word: a file the case names that cannot be used (`case-file-outside-folder`, the first one
   * named, with how many more), else `case-fields` with one detail per refused field.
   */
  get code(): string {
    const code = this.issues[0]?.code;
    return code && FILE_ISSUE_CODES.has(code) ? `case-${code}` : 'case-fields';
  }

  get params() {
    return { file: basename(this.file), path: this.issues[0]?.file ?? '', more: this.issues.length - 1 };
  }

  /**
   * Each refused field (`case-fields` only): the file (if any), the field's JSON path (`claims[0].amount`, which the UI
   * names as its form labels it, never shown as such), why (a FieldIssueCode) and that code's own values.
   */
  get details(): { code: string; params: ErrorParams }[] | undefined {
    if (this.code !== 'case-fields') return undefined;
    const file: ErrorParams = this.fromFile ? { file: basename(this.file) } : {};
    return this.issues.map((i) => ({
      code: 'case-field',
      params: { ...i.params, ...file, field: i.path, reason: i.code ?? 'invalid' },
    }));
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

/** A case file that is not JSON at all: where it goes wrong (line and column), never what it holds. */
export class CaseJsonSyntaxError extends FileError {
  override name = 'CaseJsonSyntaxError';
  readonly code = 'case-file-json';
  constructor(
    file: string,
    readonly line: number,
    readonly column: number,
    /** What is wrong there, in English words (`value expected`). */
    readonly problem: string,
  ) {
    super(file, `not valid JSON (line ${line}, column ${column}: ${problem})`);
  }

  get params() {
    return { file: basename(this.file), line: this.line, column: this.column };
  }
}

/** A case folder chosen in the app with no case.json at its top. */
export class NoCaseFileError extends CasePackError {
  override name = 'NoCaseFileError';
  readonly code = 'case-folder-no-case-json';
  readonly params = {};
  constructor() {
    super('the chosen folder has no case.json at its top');
  }
}

/** The database is not one this version of CasePack can open, or an operation on it failed. */
export class StoreError extends CasePackError {
  override name = 'StoreError';
}
