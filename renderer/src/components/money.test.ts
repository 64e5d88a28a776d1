import { describe, expect, it } from 'vitest';
import { formatMoney } from './money.js';

describe('formatMoney (the renderer formatter of the API amounts)', () => {
  it('groups thousands and prints the currency as the letters do', () => {
    expect(formatMoney('208410.50', 'CNY')).toBe('¥208,410.50');
    expect(formatMoney('1275.5', 'GBP')).toBe('£1,275.50');
    expect(formatMoney('999', 'USD')).toBe('$999.00');
    expect(formatMoney('1234567.89', 'EUR')).toBe('€1,234,567.89');
    expect(formatMoney('1000.00', 'JPY')).toBe('JPY 1,000.00');
    expect(formatMoney('0.00', 'CNY')).toBe('¥0.00');
  });

  it('puts the sign before the symbol', () => {
    expect(formatMoney('-12345.60', 'GBP')).toBe('-£12,345.60');
  });

  it('shows a dash for a missing figure and unknown text unchanged', () => {
    expect(formatMoney(null, 'CNY')).toBe('—');
    expect(formatMoney(undefined, 'CNY')).toBe('—');
    expect(formatMoney('n/a', 'CNY')).toBe('n/a');
  });
});
