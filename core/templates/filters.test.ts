import { describe, expect, it } from 'vitest';
import { compileTemplate } from './compile.js';
import { FILTERS } from './filters.js';
import type { TemplateLocale } from './formats.js';

const show = (source: string, data: Record<string, unknown>, language: TemplateLocale = 'zh-CN', currency?: string): string => {
  const model = compileTemplate(source, { file: 't.txt', language }).render(data as never, currency ? { currency } : {});
  const block = model.blocks[0];
  return block?.type === 'paragraph' ? block.runs.map((r) => r.text).join('') : '';
};

describe('filters', () => {
  it.each([
    ['zh-CN', 'CNY', '16409.02', '¥16,409.02'],
    ['en-GB', 'GBP', '1275.5', '£1,275.50'],
    ['en-US', 'USD', '1234567.891', '$1,234,567.89'],
    ['en-GB', 'JPY', '1000', 'JPY 1,000.00'],
    ['en-GB', 'GBP', '-5', '-£5.00'],
  ] as const)('money in %s %s: %s → %s', (locale, currency, amount, expected) => {
    expect(show('{{ x | money }}', { x: amount }, locale, currency)).toBe(expected);
  });

  it('money takes the currency from the data, or from its argument', () => {
    expect(show('{{ x | money }}', { x: '1.00', currency: 'GBP' }, 'en-GB')).toBe('£1.00');
    expect(show('{{ x | money("USD") }}', { x: '1.00', currency: 'GBP' }, 'en-GB')).toBe('$1.00');
  });

  it('amount groups the figure without a sign', () => {
    expect(show('{{ x | amount }}', { x: '208410.5' })).toBe('208,410.50');
  });

  it.each([
    ['zh-CN', 'CNY', '16409.02', '人民币壹万陆仟肆佰零玖元零贰分'],
    ['en-GB', 'GBP', '1275.50', 'one thousand two hundred and seventy-five pounds fifty pence'],
    ['en-US', 'USD', '1409.50', 'one thousand four hundred nine dollars and fifty cents'],
  ] as const)('words in %s: %s → %s', (locale, currency, amount, expected) => {
    expect(show('{{ x | words }}', { x: amount }, locale, currency)).toBe(expected);
  });

  it.each([
    ['zh-CN', '2025年3月12日'],
    ['en-GB', '12 March 2025'],
    ['en-US', 'March 12, 2025'],
  ] as const)('date in %s', (locale, expected) => {
    expect(show('{{ d | date }}', { d: '2025-03-12' }, locale)).toBe(expected);
  });

  it.each([
    ['zh-CN', '2025-03-12'],
    ['en-GB', '12/03/2025'],
    ['en-US', '03/12/2025'],
  ] as const)('date("numeric") in %s, for narrow table columns', (locale, expected) => {
    expect(show('{{ d | date("numeric") }}', { d: '2025-03-12' }, locale)).toBe(expected);
    expect(() => show('{{ d | date("long") }}', { d: '2025-03-12' }, locale)).toThrow(/date takes no argument or "numeric"/);
  });

  it('default, percent, cn, count and join', () => {
    expect(show('{{ x | default("——") }}', { x: '' })).toBe('——');
    expect(show('{{ x | default("——") }}', { x: 'A' })).toBe('A');
    expect(show('{{ x | default("——") }}', {})).toBe('——');
    expect(show('{{ r | percent }}', { r: '0.0005' })).toBe('0.05%');
    expect(show('{{ r | percent }}', { r: '0.0345' })).toBe('3.45%');
    expect(show('{{ n | cn }}/{{ m | cn }}/{{ k | cn }}/{{ h | cn }}', { n: 7, m: 12, k: 30, h: 105 })).toBe(
      '七/十二/三十/一百零五',
    );
    expect(show('{{ xs | count }}', { xs: [1, 2, 3] })).toBe('3');
    expect(show('{{ xs | join("、") }}', { xs: ['甲', '乙'] })).toBe('甲、乙');
  });

  it('names the filter, line and column when the input is wrong', () => {
    expect(() => show('x\n{{ d | date }}', { d: '2025-02-30' })).toThrow(
      /^t\.txt:2:8: filter "date": "2025-02-30" is not a date/,
    );
    expect(() => show('{{ x | money }}', { x: 'abc' })).toThrow(/^t\.txt:1:8: filter "money": expected an amount/);
    expect(() => show('{{ x | money }}', {})).toThrow(/^t\.txt:1:8: x has no value for "\| money"/);
  });

  it('offers exactly the documented filters', () => {
    expect(Object.keys(FILTERS).sort()).toEqual([
      'amount',
      'cn',
      'count',
      'date',
      'default',
      'join',
      'money',
      'percent',
      'words',
    ]);
  });
});
