import { CasePackError } from '../errors.js';

/** Names the exhibit the way a user finds it: its evidence id and the file as written in the case. */
export interface ExhibitRef {
  id: string;
  file: string;
}

/** An evidence file cannot become bundle pages; the message names the evidence id and the file. */
export class ExhibitError extends CasePackError {
  override name = 'ExhibitError';
  constructor(
    readonly exhibit: ExhibitRef,
    detail: string,
  ) {
    super(`evidence ${exhibit.id} (${exhibit.file}): ${detail}`);
  }
}

/** The file named in the case does not exist or cannot be read. */
export class MissingExhibitError extends ExhibitError {
  override name = 'MissingExhibitError';
  constructor(exhibit: ExhibitRef, reason: string) {
    super(exhibit, `cannot read the file (${reason}); check the path in the case file`);
  }
}

/** The file is empty, or is neither a PDF nor an image CasePack reads. */
export class UnsupportedExhibitError extends ExhibitError {
  override name = 'UnsupportedExhibitError';
  constructor(exhibit: ExhibitRef, what: string) {
    super(exhibit, `${what}; use a PDF, JPEG, PNG, TIFF, WebP or GIF file`);
  }
}

/** The PDF is encrypted: it needs a password to open, or its restrictions cannot be removed here. */
export class EncryptedPdfError extends ExhibitError {
  override name = 'EncryptedPdfError';
}

/** The PDF is truncated or its structure is damaged: bundling it could silently lose pages. */
export class DamagedPdfError extends ExhibitError {
  override name = 'DamagedPdfError';
  constructor(exhibit: ExhibitRef, detail: string) {
    super(exhibit, `the PDF is damaged (${detail}); get a fresh copy, or open it and print it to a new PDF`);
  }
}

/** The image cannot be decoded. */
export class UnreadableImageError extends ExhibitError {
  override name = 'UnreadableImageError';
  constructor(exhibit: ExhibitRef, detail: string) {
    super(exhibit, `the image cannot be read (${detail}); open it and save it again as JPEG or PNG`);
  }
}
