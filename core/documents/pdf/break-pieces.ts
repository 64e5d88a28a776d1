import { createRequire } from 'node:module';
import type { FaceId, Script } from './fonts.js';
import { isWide, NO_LINE_END, NO_LINE_START } from './kinsoku.js';
import { textWidth } from './text-measure.js';

const require = createRequire(import.meta.url);

interface LineBreakOpportunity {
  position: number;
  required: boolean;
}
const LineBreaker = require('linebreak') as new (text: string) => { nextBreak(): LineBreakOpportunity | null };

/** A stretch of text with one look, as the layout hands it to the line breaker. */
export interface StyledRun {
  text: string;
  face: FaceId;
  size: number;
  italic?: boolean;
  underline?: boolean;
  /** Width of a space in em, instead of the font's. */
  spaceWidth?: number;
}

/**
 * The smallest thing the line breaker places: one CJK character, or a run of Latin characters with no
 * break opportunity, no space and no change of look inside. Spaces before it are `glue`.
 */
export interface Piece {
  text: string;
  run: StyledRun;
  width: number;
  wide: boolean;
  glue: number;
  glueText: string;
  /** A line may start with this piece (UAX #14 allows a break here and 禁则 does not forbid it). */
  breakBefore: boolean;
  /** A line must start with this piece (the text has a line feed before it). */
  forcedBefore: boolean;
}

/** Splits styled text into pieces, with the break opportunities of UAX #14 narrowed by 禁则. */
export function toPieces(runs: readonly StyledRun[], script: Script): Piece[] {
  const cleaned = runs.map((run) => ({ ...run, text: run.text.replace(/\r\n?/g, '\n').replace(/[\t\v\f]/g, ' ') }));
  const full = cleaned.map((run) => run.text).join('');
  const runAt: StyledRun[] = [];
  for (const run of cleaned) for (let i = 0; i < run.text.length; i++) runAt.push(run);
  const allowed = breakOpportunities(full, script);

  const pieces: Piece[] = [];
  let current: Piece | undefined;
  let glue = 0;
  let glueText = '';
  let forced = false;
  const finish = () => {
    if (current) current.width = textWidth(current.run.face, current.text, current.run.size, script);
    current = undefined;
  };

  for (let i = 0; i < full.length;) {
    const codePoint = full.codePointAt(i)!;
    const char = String.fromCodePoint(codePoint);
    const run = runAt[i]!;
    if (char === '\n') {
      finish();
      forced = true;
      glue = 0;
      glueText = '';
    } else if (char === ' ') {
      finish();
      glue += run.spaceWidth !== undefined ? run.spaceWidth * run.size : textWidth(run.face, ' ', run.size, script);
      glueText += ' ';
    } else if (/\p{Cc}/u.test(char)) {
      // other control characters draw nothing
    } else {
      const wide = isWide(codePoint, script === 'cjk');
      const startsPiece = !current || allowed.has(i) || forced || glue > 0 || wide || current.wide || current.run !== run;
      if (startsPiece) {
        finish();
        current = { text: char, run, width: 0, wide, glue, glueText, breakBefore: allowed.has(i), forcedBefore: forced };
        pieces.push(current);
        glue = 0;
        glueText = '';
        forced = false;
      } else {
        current!.text += char;
      }
    }
    i += char.length;
  }
  finish();
  return pieces;
}

/**
 * Positions before which a line may begin: UAX #14 (the `linebreak` package), plus breaks around curly
 * quotes between CJK characters, minus what 禁则 forbids.
 */
function breakOpportunities(text: string, script: Script): Set<number> {
  const candidates = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    if (!next.required) candidates.add(next.position);
  }
  if (script === 'cjk') for (const position of quoteBreaks(text)) candidates.add(position);
  const allowed = new Set<number>();
  for (const position of candidates) {
    if (position <= 0 || position >= text.length) continue;
    const first = String.fromCodePoint(text.codePointAt(position)!);
    const last = lastVisibleBefore(text, position);
    if (NO_LINE_START.has(first) || (last !== undefined && NO_LINE_END.has(last))) continue;
    if (isHyphenInsideWord(text, position)) continue;
    allowed.add(position);
  }
  return allowed;
}

/**
 * The linebreak package implements UAX #14 before Unicode 15.1, where “ ” ‘ ’ (class QU) glue to both
 * neighbours; 15.1's rule LB19a lets Chinese text break before an opening and after a closing quote
 * next to an ideograph, as Chinese typesetting does.
 */
function quoteBreaks(text: string): number[] {
  const positions: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const before = text.codePointAt(i - 1)!;
    const after = text.codePointAt(i)!;
    const opening = (after === 0x201c || after === 0x2018) && isWide(before, false);
    const closing = (before === 0x201d || before === 0x2019) && isWide(after, false);
    if (opening || closing) positions.push(i);
  }
  return positions;
}

/**
 * A break just after the hyphen of `JY-WY-2019-0602` or `Pre-Action`: UAX #14 allows it, but readers
 * (pdftotext, copy/paste) take a hyphen at a line end for a soft one and drop it, turning a contract or
 * invoice number into another number. Such a word stays whole.
 */
function isHyphenInsideWord(text: string, position: number): boolean {
  return (
    text[position - 1] === '-' && /[\p{L}\p{N}]/u.test(text[position - 2] ?? '') && /[\p{L}\p{N}]/u.test(text[position] ?? '')
  );
}

function lastVisibleBefore(text: string, position: number): string | undefined {
  let end = position;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end === 0) return undefined;
  const low = text.charCodeAt(end - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? end - 2 : end - 1;
  return text.slice(start, end);
}
