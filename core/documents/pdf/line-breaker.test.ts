import { describe, expect, it } from 'vitest';
import { NO_LINE_END, NO_LINE_START } from './kinsoku.js';
import { breakLines, type Line } from './line-breaker.js';
import { textWidth } from './text-measure.js';

const SIZE = 12;
const em = (n: number) => n * SIZE;
const zh = (text: string, width: number, align: 'justify' | 'left' = 'justify') =>
  breakLines([{ text, face: 'serif', size: SIZE }], { width, align, script: 'cjk' });
const texts = (lines: Line[]) => lines.map((line) => line.text);

describe('breakLines: 禁则 on top of UAX #14', () => {
  it('never starts a line with closing punctuation: the character before it moves down too', () => {
    expect(texts(zh('一二三四五，六七八', em(5)))).toEqual(['一二三四', '五，六七八']);
    expect(texts(zh('一二三四五。六七八', em(5)))).toEqual(['一二三四', '五。六七八']);
    expect(texts(zh('一二三四五”六七', em(5)))).toEqual(['一二三四', '五”六七']);
    expect(texts(zh('一二三四五）六七', em(5)))).toEqual(['一二三四', '五）六七']);
  });

  it('never ends a line with an opening bracket or quotation mark', () => {
    expect(texts(zh('一二三四（五六）', em(5)))).toEqual(['一二三四', '（五六）']);
    expect(texts(zh('一二三四《五六》', em(5)))).toEqual(['一二三四', '《五六》']);
    expect(texts(zh('一二三四“五六”', em(5)))).toEqual(['一二三四', '“五六”']);
  });

  it('breaks between any two ideographs and keeps a number whole', () => {
    const lines = zh('贵司尚欠我司货款人民币16,409.02元整', em(12));
    expect(texts(lines)).toEqual(['贵司尚欠我司货款人民币', '16,409.02元整']);
  });

  it('keeps a contract number whole rather than breaking after one of its hyphens', () => {
    // pdftotext and copy/paste take a hyphen at a line end for a soft hyphen and drop it: JY-WY → JYWY.
    for (let width = em(8); width <= em(20); width += SIZE / 2) {
      const lines = texts(zh('（合同编号：JY-WY-2019-0602）。', width));
      expect(
        lines.some((line) => line.endsWith('-')),
        lines.join(' / '),
      ).toBe(false);
    }
  });

  it('holds over many widths: no line starts or ends with a forbidden mark', () => {
    const text =
      '贵我双方于2023年1月5日签订《购销合同》（合同编号：HT-2023-0105），约定由我司供货；贵司均以“资金周转困难”为由拖延，至今分文未付！请于十日内付款。';
    for (let width = em(4); width <= em(30); width += SIZE / 3) {
      const lines = zh(text, width);
      expect(lines.map((line) => line.text).join('')).toBe(text);
      for (const line of lines) {
        expect(NO_LINE_START.has(Array.from(line.text)[0]!), `"${line.text}" at width ${width}`).toBe(false);
        expect(NO_LINE_END.has(Array.from(line.text).at(-1)!), `"${line.text}" at width ${width}`).toBe(false);
      }
    }
  });
});

describe('breakLines: justification', () => {
  it('fills every line but the last to the full width by spacing CJK characters (Tc)', () => {
    const lines = zh('一二三四五，六七八九十', em(5));
    expect(texts(lines)).toEqual(['一二三四', '五，六七八', '九十']);
    expect(lines[0]!.right).toBeCloseTo(em(5), 3);
    expect(lines[0]!.runs).toHaveLength(1);
    expect(lines[0]!.runs[0]!.charSpacing).toBeCloseTo(em(1) / 3, 3);
    expect(lines[2]!.runs[0]!.charSpacing).toBe(0);
    expect(lines[2]!.right).toBeCloseTo(em(2), 3);
  });

  it('spreads a Latin line between words, never between letters', () => {
    const text = 'Notwithstanding our previous correspondence and the reminders sent on 1 March, the balance remains unpaid.';
    const lines = breakLines([{ text, face: 'serif', size: 11 }], { width: 200, align: 'justify', script: 'latin' });
    expect(lines.map((line) => line.text).join(' ')).toBe(text);
    for (const line of lines.slice(0, -1)) {
      expect(line.right).toBeCloseTo(200, 3);
      for (const run of line.runs) expect(run.charSpacing).toBe(0);
      for (const run of line.runs) expect(run.text.trim()).not.toContain(' ');
    }
  });

  it('breaks a word longer than the line between its characters rather than overflowing', () => {
    const url = 'https://example.com/' + 'a'.repeat(80);
    const lines = breakLines([{ text: url, face: 'serif', size: 10 }], { width: 120, align: 'left', script: 'latin' });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => line.text).join('')).toBe(url);
    for (const line of lines) expect(line.right).toBeLessThanOrEqual(120.01);
  });

  it('centres and right-aligns by the slack of the line', () => {
    const label = (align: 'center' | 'right') =>
      breakLines([{ text: '第 1 页', face: 'serif', size: SIZE }], {
        width: textWidth('serif', '第 1 页', SIZE, 'cjk') + 40,
        align,
        script: 'cjk',
      })[0]!;
    expect(label('center').runs[0]!.x).toBeCloseTo(20, 3);
    expect(label('right').runs[0]!.x).toBeCloseTo(40, 3);
  });
});
