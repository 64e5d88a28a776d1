/**
 * Data put into a letter must never turn into markup: a debtor called "**Ltd**" or a claim description
 * with "|" stays text. Markup characters in values (and after a backslash in template text) are swapped
 * for private-use code points while the markup is read, and swapped back in the finished text runs.
 */
const SPECIAL = ['\\', '*', '_', '|', '#', '-', ':', '@', '.', '\u3000', '>', '`'];
const BASE = 0xe000;

const TO_SENTINEL = new Map(SPECIAL.map((c, i) => [c, String.fromCharCode(BASE + i)]));
const VALUE_PATTERN = /[\\*_|#\-:@.\u3000>`]/g;
const ESCAPE_IN_TEXT = /\\([\\*_|#\-:@.>`])/g;
const SENTINEL = /[\ue000-\ue00b]/g;

/** A value's text, made inert for the markup reader; line breaks become spaces. */
export function escapeValue(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(VALUE_PATTERN, (c) => TO_SENTINEL.get(c)!);
}

/** `\*`, `\|` … in a template's own text: the character itself, not markup. */
export function escapeBackslashes(text: string): string {
  return text.replace(ESCAPE_IN_TEXT, (_, c: string) => TO_SENTINEL.get(c)!);
}

/** The real characters back. */
export function restore(text: string): string {
  return text.replace(SENTINEL, (s) => SPECIAL[s.charCodeAt(0) - BASE]!);
}
