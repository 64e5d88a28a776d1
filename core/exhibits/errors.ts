import { CasePackError } from '../errors.js';

/**
 * Names the exhibit the way a user finds it: its evidence id and the file as written in the case, and the
 * evidence's title where the caller knows it (a message for people names the title, never the id alone).
 */
export interface ExhibitRef {
  id: string;
  file: string;
  title?: string;
}

/**
 * Why an evidence file cannot become bundle pages, as a code the app and the CLI word in their language:
 * missing (cannot be read), empty, not-pdf-or-image, needs-password, encrypted (cannot be decrypted here),
 * damaged, unreadable-image. A file over a limit is an ExhibitLimitError (`exhibit-over-limit`).
 */
export type ExhibitReason =
  'missing' | 'empty' | 'not-pdf-or-image' | 'needs-password' | 'encrypted' | 'damaged' | 'unreadable-image';

/** `evidence E2 “Delivery note” (evidence/delivery.pdf)`: the id and the file as written in the case, the title where known. */
export function exhibitName({ id, title, file }: ExhibitRef): string {
  return `evidence ${id}${title ? ` “${title}”` : ''} (${file})`;
}

/** An evidence file cannot become bundle pages; the message names the evidence id and the file. */
export class ExhibitError extends CasePackError {
  override name = 'ExhibitError';
  readonly code: string = 'exhibit-refused';
  constructor(
    readonly exhibit: ExhibitRef,
    /** What is wrong, in English, with the technical particulars (which limit, where the PDF is cut off). */
    readonly detail: string,
    readonly reason: ExhibitReason = 'damaged',
  ) {
    super(`${exhibitName(exhibit)}: ${detail}`);
  }

  get params(): Record<string, string | number> {
    const { id, title, file } = this.exhibit;
    return { exhibit: id, title: title ?? '', file, reason: this.reason, detail: this.detail };
  }
}

/** The file named in the case does not exist or cannot be read. */
export class MissingExhibitError extends ExhibitError {
  override name = 'MissingExhibitError';
  constructor(exhibit: ExhibitRef, reason: string) {
    super(exhibit, `cannot read the file (${reason}); check the path in the case file`, 'missing');
  }
}

/** The file is empty, or is neither a PDF nor an image CasePack reads. */
export class UnsupportedExhibitError extends ExhibitError {
  override name = 'UnsupportedExhibitError';
  constructor(exhibit: ExhibitRef, what: string, reason: 'empty' | 'not-pdf-or-image' = 'not-pdf-or-image') {
    super(exhibit, `${what}; use a PDF, JPEG, PNG, TIFF, WebP or GIF file`, reason);
  }
}

/** The PDF is encrypted: it needs a password to open, or its restrictions cannot be removed here. */
export class EncryptedPdfError extends ExhibitError {
  override name = 'EncryptedPdfError';
  constructor(exhibit: ExhibitRef, detail: string, reason: 'needs-password' | 'encrypted' = 'encrypted') {
    super(exhibit, detail, reason);
  }
}

/** The PDF is truncated or its structure is damaged: bundling it could silently lose pages. */
export class DamagedPdfError extends ExhibitError {
  override name = 'DamagedPdfError';
  constructor(exhibit: ExhibitRef, detail: string) {
    super(exhibit, `the PDF is damaged (${detail}); get a fresh copy, or open it and print it to a new PDF`, 'damaged');
  }
}

/** The image cannot be decoded. */
export class UnreadableImageError extends ExhibitError {
  override name = 'UnreadableImageError';
  constructor(exhibit: ExhibitRef, detail: string) {
    super(exhibit, `the image cannot be read (${detail}); open it and save it again as JPEG or PNG`, 'unreadable-image');
  }
}

/**
 * More than one exhibit, or one, cannot be used: every one is named (`problems`), so the user fixes them all
 * at once instead of meeting them one bundle at a time.
 */
export class ExhibitsRefusedError extends CasePackError {
  override name = 'ExhibitsRefusedError';
  readonly code = 'exhibits-refused';
  constructor(readonly problems: readonly ExhibitError[]) {
    super(problems.map((p) => p.message).join('\n'));
  }

  get params(): Record<string, string | number> {
    return { count: this.problems.length };
  }

  /** Each exhibit's own code and parameters, for the UI and the CLI to word one line each. */
  get details() {
    return this.problems.map((p) => ({ code: p.code, params: p.params }));
  }
}
