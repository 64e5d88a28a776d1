/*
 * A minimal content-stream scanner (ISO 32000-1, 7.8.2): it reports each operator with the operands before
 * it. It works on bytes and makes strings only on demand: a bundle scans every page of every PDF exhibit
 * twice (intake, pre-flight), and turning each token into a string was most of that time.
 */

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIMITER = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;
const code = (c: string): number => c.charCodeAt(0);
const PERCENT = code('%');
const OPEN = code('(');
const CLOSE = code(')');
const LESS = code('<');
const GREATER = code('>');
const BACKSLASH = code('\\');
const SLASH = code('/');
const DOT = code('.');
const PLUS = code('+');
const MINUS = code('-');
const ZERO = code('0');
const NINE = code('9');

/** Start offsets that mark a string operand, whose bytes are not kept. */
const STRING = -1;
const HEX_STRING = -2;

/** The operands of one operator, as byte ranges of the content; strings, arrays and dictionaries are skipped. */
export class Operands {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  count = 0;

  constructor(private readonly content: Uint8Array) {}

  /** An operand as written: `/Im1`, `12.5`; `()` or `<>` for a string. */
  text(i: number): string {
    const start = this.starts[i]!;
    if (start === STRING) return '()';
    if (start === HEX_STRING) return '<>';
    return String.fromCharCode(...this.content.subarray(start, this.ends[i]));
  }

  /** A numeric operand (`-.5`, `+3`, `12.25`); NaN when the operand is not a number. */
  number(i: number): number {
    const content = this.content;
    let at = this.starts[i]!;
    const end = this.ends[i]!;
    if (at < 0) return Number.NaN;
    const negative = content[at] === MINUS;
    if (negative || content[at] === PLUS) at++;
    let value = 0;
    let scale = 0;
    let digits = 0;
    for (; at < end; at++) {
      const c = content[at]!;
      if (c === DOT && scale === 0) scale = 1;
      else if (c >= ZERO && c <= NINE) {
        value = value * 10 + (c - ZERO);
        if (scale) scale *= 10;
        digits++;
      } else return Number.NaN;
    }
    if (digits === 0) return Number.NaN;
    const magnitude = scale ? value / scale : value;
    return negative ? -magnitude : magnitude;
  }

  push(start: number, end: number): void {
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }
}

/**
 * Calls `onOperator` with each operator and its operands (only valid during the call); inline images are
 * skipped whole, so their binary data is never read as operators.
 */
export function scanContent(content: Uint8Array, onOperator: (op: string, operands: Operands) => void): void {
  const n = content.length;
  const operands = new Operands(content);
  let i = 0;
  while (i < n) {
    const c = content[i]!;
    if (WHITE[c]) i++;
    else if (c === PERCENT) {
      while (i < n && content[i] !== 10 && content[i] !== 13) i++;
    } else if (c === OPEN) {
      for (let depth = 0; i < n; i++) {
        const b = content[i];
        if (b === BACKSLASH) i++;
        else if (b === OPEN) depth++;
        else if (b === CLOSE && --depth === 0) break;
      }
      i++;
      operands.push(STRING, STRING);
    } else if (c === LESS && content[i + 1] !== LESS) {
      const end = content.indexOf(GREATER, i);
      i = end < 0 ? n : end + 1;
      operands.push(HEX_STRING, HEX_STRING);
    } else if (DELIMITER[c] && c !== SLASH) {
      i += c === LESS || c === GREATER ? 2 : 1;
    } else {
      let end = i + 1;
      while (end < n && !WHITE[content[end]!] && !DELIMITER[content[end]!]) end++;
      const start = i;
      i = end;
      // Every operator has at most three letters; longer words are the operands true, false and null.
      const operand = c === SLASH || (c >= ZERO && c <= NINE) || c === PLUS || c === MINUS || c === DOT || end - start > 3;
      if (operand) operands.push(start, end);
      else {
        const op = String.fromCharCode(...content.subarray(start, end));
        if (op === 'BI') i = afterInlineImage(content, i);
        onOperator(op, operands);
        operands.count = 0;
      }
    }
  }
}

const ID: [number, number] = [code('I'), code('D')];
const EI: [number, number] = [code('E'), code('I')];

/** The offset after an inline image's `EI`, searching from its `ID`. */
function afterInlineImage(content: Uint8Array, from: number): number {
  const data = indexOfPair(content, ID, from);
  if (data < 0) return content.length;
  for (let at = indexOfPair(content, EI, data + 3); at >= 0; at = indexOfPair(content, EI, at + 1))
    if (WHITE[content[at - 1]!] && (at + 2 >= content.length || WHITE[content[at + 2]!])) return at + 3;
  return content.length;
}

function indexOfPair(content: Uint8Array, [a, b]: [number, number], from: number): number {
  for (let at = content.indexOf(a, from); at >= 0 && at + 1 < content.length; at = content.indexOf(a, at + 1))
    if (content[at + 1] === b) return at;
  return -1;
}
