/** A slash inside a short abbreviation (`t/a`, `c/o`), between two single letters that stand as a word. */
const ABBREVIATION_SLASH = /(?<=(?:^|\s)\p{L})\/(?=\p{L}(?:\s|$))/gu;

/**
 * Drops the slash of `t/a` and `c/o` before a name becomes a file name, so that `Daniel Okafor t/a Okafor
 * Builders` reads `… ta Okafor Builders` rather than losing the abbreviation to a space or an underscore.
 */
export function joinAbbreviations(text: string): string {
  return text.replace(ABBREVIATION_SLASH, '');
}
