import type { Align } from '../model.js';
import { toPieces, type Piece, type StyledRun } from './break-pieces.js';
import type { FaceId, Script } from './fonts.js';
import { NO_LINE_END, NO_LINE_START } from './kinsoku.js';
import { textWidth } from './text-measure.js';

export type { StyledRun } from './break-pieces.js';

/** Text drawn with one show-text operation; `x` is from the left edge of the line's box. */
export interface LineRun {
  text: string;
  x: number;
  width: number;
  face: FaceId;
  size: number;
  /** Extra space after every glyph (PDF `Tc`): how a justified line spreads its slack between CJK characters. */
  charSpacing: number;
  italic: boolean;
  underline: boolean;
}

export interface Line {
  /** The characters of the line as a reader would copy them (no leading or trailing spaces). */
  text: string;
  /** From the box's left edge to the end of the last glyph. */
  right: number;
  runs: LineRun[];
}

export interface BreakOptions {
  width: number;
  align: Align;
  script: Script;
  /** Indent of the first line in points. */
  firstIndent?: number;
}

/**
 * Breaks styled text into lines no wider than `width`: first fit over the break opportunities of
 * UAX #14 and 禁则, then justification. A justified line spreads its slack evenly over its gaps, a gap
 * being a space or the join between a CJK character and its neighbour, so Latin words are never
 * letter-spaced. The last line of a paragraph, or one ended by a line feed, is set flush.
 */
export function breakLines(runs: readonly StyledRun[], options: BreakOptions): Line[] {
  const { width, align, script, firstIndent = 0 } = options;
  const pieces = toPieces(runs, script);
  if (pieces.length === 0) return [{ text: '', right: 0, runs: [] }];
  const available = (lineIndex: number) => width - (lineIndex === 0 ? firstIndent : 0);

  const lines: { pieces: Piece[]; forcedEnd: boolean }[] = [];
  let line: Piece[] = [];
  let lineWidth = 0;
  const endLine = (forcedEnd: boolean) => {
    lines.push({ pieces: line, forcedEnd });
    line = [];
    lineWidth = 0;
  };
  const place = (unit: Piece[], mayExplode = true) => {
    const unitWidth = widthOf(unit);
    if (line.length > 0 && lineWidth + unit[0]!.glue + unitWidth > available(lines.length) + 0.01) endLine(false);
    if (line.length === 0 && unitWidth > available(lines.length) + 0.01 && mayExplode) {
      for (const part of toUnits(explode(unit, script))) place(part, false);
      return;
    }
    lineWidth += (line.length > 0 ? unit[0]!.glue : 0) + unitWidth;
    line.push(...unit);
  };

  for (const unit of toUnits(pieces)) {
    if (unit[0]!.forcedBefore && line.length > 0) endLine(true);
    place(unit);
  }
  endLine(true);

  return lines.map(({ pieces: linePieces, forcedEnd }, index) => {
    const justify = align === 'justify' && !forcedEnd;
    const indent = index === 0 ? firstIndent : 0;
    return setLine(linePieces, available(index), indent, justify ? 'justify' : align === 'justify' ? 'left' : align);
  });
}

/** Groups pieces between break opportunities: a unit is never split across lines (unless it is too wide). */
function toUnits(pieces: Piece[]): Piece[][] {
  const units: Piece[][] = [];
  for (const piece of pieces) {
    if (units.length === 0 || piece.breakBefore || piece.forcedBefore) units.push([piece]);
    else units[units.length - 1]!.push(piece);
  }
  return units;
}

function widthOf(unit: Piece[]): number {
  return unit.reduce((sum, piece, i) => sum + piece.width + (i > 0 ? piece.glue : 0), 0);
}

/**
 * A unit wider than the line (a long URL, an account number in a narrow cell): break between its
 * characters, still never before a closing mark nor after an opening one.
 */
function explode(unit: Piece[], script: Script): Piece[] {
  const chars = unit.flatMap((piece) =>
    Array.from(piece.text, (char, i) => ({
      ...piece,
      text: char,
      width: textWidth(piece.run.face, char, piece.run.size, script),
      glue: i === 0 ? piece.glue : 0,
      glueText: i === 0 ? piece.glueText : '',
    })),
  );
  return chars.map((piece, i) => ({
    ...piece,
    breakBefore: i === 0 || (!NO_LINE_START.has(piece.text) && !NO_LINE_END.has(chars[i - 1]!.text)),
  }));
}

const isGap = (piece: Piece, previous: Piece) => piece.glue > 0 || piece.wide || previous.wide;

function setLine(pieces: Piece[], available: number, indent: number, align: Align): Line {
  let natural = 0;
  let gaps = 0;
  pieces.forEach((piece, i) => {
    natural += piece.width + (i > 0 ? piece.glue : 0);
    if (i > 0 && isGap(piece, pieces[i - 1]!)) gaps++;
  });
  const slack = Math.max(0, available - natural);
  const extra = align === 'justify' && gaps > 0 ? slack / gaps : 0;
  let x = indent + (align === 'center' ? slack / 2 : align === 'right' ? slack : 0);

  const runs: LineRun[] = [];
  let text = '';
  let current: LineRun | undefined;
  pieces.forEach((piece, i) => {
    const previous = pieces[i - 1];
    if (previous) x += piece.glue + (isGap(piece, previous) ? extra : 0);
    text += (i > 0 ? piece.glueText : '') + piece.text;
    const { run } = piece;
    const sameLook =
      current?.face === run.face &&
      current.size === run.size &&
      current.italic === Boolean(run.italic) &&
      current.underline === Boolean(run.underline);
    // With extra space to spread, only CJK characters that touch share one run (spaced by Tc); Latin
    // words and anything after a space are placed one by one. Spaces of a set width are never drawn
    // as the font's space glyph.
    const drawnSpaces = piece.glue === 0 || run.spaceWidth === undefined;
    const joins = sameLook && (extra === 0 ? drawnSpaces : piece.glue === 0 && piece.wide && previous!.wide);
    if (current && joins) {
      current.text += piece.glueText + piece.text;
      current.width = x + piece.width - current.x;
      if (extra > 0) current.charSpacing = extra;
    } else {
      if (current && previous) current.text += piece.glueText;
      current = {
        text: piece.text,
        x,
        width: piece.width,
        face: run.face,
        size: run.size,
        charSpacing: 0,
        italic: Boolean(run.italic),
        underline: Boolean(run.underline),
      };
      runs.push(current);
    }
    x += piece.width;
  });
  return { text, right: x, runs };
}
