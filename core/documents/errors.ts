import { CasePackError } from '../errors.js';

/** A font CasePack bundles could not be found or read: the installation is incomplete. */
export class FontFileError extends CasePackError {
  override name = 'FontFileError';
  constructor(
    readonly fontPackage: string,
    detail: string,
  ) {
    super(`font ${fontPackage}: ${detail}; reinstall CasePack (npm ci) so that the bundled fonts are present`);
  }
}

/** The text of a document uses a character that the bundled fonts cannot draw. */
export class MissingGlyphError extends CasePackError {
  override name = 'MissingGlyphError';
  constructor(
    readonly character: string,
    readonly fontName: string,
    readonly context: string,
  ) {
    const code = 'U+' + (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    super(`the character "${character}" (${code}) in "${context}" is not in ${fontName}; replace it with a common character`);
  }
}

/** The letterhead logo is not an image CasePack can place. */
export class LogoImageError extends CasePackError {
  override name = 'LogoImageError';
  constructor(detail: string) {
    super(`letterhead logo: ${detail}; use a PNG or JPEG file`);
  }
}

/** A table row does not have one cell per column. */
export class TableShapeError extends CasePackError {
  override name = 'TableShapeError';
  constructor(where: string, cells: number, columns: number) {
    super(`table ${where} has ${cells} cell(s) but the table has ${columns} column(s); give every row one cell per width`);
  }
}
