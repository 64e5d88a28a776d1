import { describe, expect, it } from 'vitest';
import { scanContent } from './content-scanner.js';

/** Each operator with its operands as text, and the numeric reading of each operand. */
function scan(text: string | Uint8Array) {
  const ops: { op: string; operands: string[]; numbers: number[] }[] = [];
  scanContent(typeof text === 'string' ? Buffer.from(text, 'latin1') : text, (op, operands) => {
    const indexes = Array.from({ length: operands.count }, (_, i) => i);
    ops.push({ op, operands: indexes.map((i) => operands.text(i)), numbers: indexes.map((i) => operands.number(i)) });
  });
  return ops;
}

describe('content-stream scanner', () => {
  it('reports operators with their operands', () => {
    expect(scan('q 1 0 0 1 -.5 +3 cm /Im1 Do Q')).toEqual([
      { op: 'q', operands: [], numbers: [] },
      { op: 'cm', operands: ['1', '0', '0', '1', '-.5', '+3'], numbers: [1, 0, 0, 1, -0.5, 3] },
      { op: 'Do', operands: ['/Im1'], numbers: [Number.NaN] },
      { op: 'Q', operands: [], numbers: [] },
    ]);
  });

  it.each([
    ['a comment', '% 1 0 0 1 0 0 cm /X Do\n/Im1 Do'],
    ['a string with nested and escaped parentheses', '(a (b) \\) /X Do) Tj /Im1 Do'],
    ['a hex string', '<2f58 20 446f> Tj /Im1 Do'],
    ['a dictionary operand', '/OC <</MCID 3 /Name (Do)>> BDC /Im1 Do EMC'],
    ['an array operand', '[(Do) 120 (x)] TJ /Im1 Do'],
  ])('skips what is not an operator: %s', (_, content) => {
    expect(scan(content).filter((o) => o.op === 'Do')).toEqual([{ op: 'Do', operands: ['/Im1'], numbers: [Number.NaN] }]);
  });

  it('skips an inline image whose data contains operator-like bytes', () => {
    const data = Buffer.from([0x2f, 0x58, 0x20, 0x44, 0x6f, 0x0a, 0x45, 0x49, 0x58, 0xff, 0x00]);
    const content = Buffer.concat([Buffer.from('BI /W 4 /H 1 /BPC 8 /CS /G ID '), data, Buffer.from(' EI\n/Im1 Do')]);
    expect(scan(content).map((o) => o.op)).toEqual(['BI', 'Do']);
  });

  it('reads true, false and null as operands, and a malformed number as NaN', () => {
    expect(scan('/Sh true false null 1.2.3 x')).toEqual([
      { op: 'x', operands: ['/Sh', 'true', 'false', 'null', '1.2.3'], numbers: [NaN, NaN, NaN, NaN, NaN] },
    ]);
  });

  it('reports strings as placeholders', () => {
    expect(scan('(hello) <41> Tj')[0]!.operands).toEqual(['()', '<>']);
  });
});
