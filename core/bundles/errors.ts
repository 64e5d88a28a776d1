import { CasePackError } from '../errors.js';

/** A bundle cannot be made from this case as asked; the message says what to change. */
export class BundleError extends CasePackError {
  override name = 'BundleError';
}

/** The file given is not a CasePack bundle, or its manifest cannot be read. */
export class NotABundleError extends CasePackError {
  override name = 'NotABundleError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** The courier bundle needs the exact letter that was mailed, and there is none. */
export class MissingLetterError extends CasePackError {
  override name = 'MissingLetterError';
}
