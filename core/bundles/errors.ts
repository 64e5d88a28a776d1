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

/** The courier bundle needs the exact letter that was mailed, and none is stored (and no reconstruction was asked for). */
export class MissingLetterError extends CasePackError {
  override name = 'MissingLetterError';
  readonly code = 'mailed-letter-missing';
  constructor(
    readonly mailing: string,
    readonly document: string,
  ) {
    super(
      `mailing ${mailing}: no copy of the letter that was mailed (${document}) is stored; add the PDF that was posted as ` +
        '"letter" in the mailing, or ask for a reconstruction (casepack courier --reconstruct), which says on every page ' +
        'that it is not the copy mailed',
    );
  }

  get params(): { mailing: string; document: string } {
    return { mailing: this.mailing, document: this.document };
  }
}

/** The stored letter is not the one mailed: its SHA-256 differs from the one recorded when it was sent. */
export class MailedLetterChangedError extends CasePackError {
  override name = 'MailedLetterChangedError';
  readonly code = 'mailed-letter-changed';
  constructor(
    readonly mailing: string,
    readonly file: string,
  ) {
    super(
      `mailing ${mailing}: ${file} is not the letter that was mailed (its SHA-256 differs from the one recorded when it ` +
        'was sent); put back the PDF that was posted',
    );
  }

  get params(): { mailing: string; file: string } {
    return { mailing: this.mailing, file: this.file };
  }
}
