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

/** One problem found in a case file, located by its JSON path (`debtors[1].role`). */
export interface CaseIssue {
  path: string;
  message: string;
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

/** The database is not one this version of CasePack can open, or an operation on it failed. */
export class StoreError extends CasePackError {
  override name = 'StoreError';
}
