import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal.js';
import { formatCents, parseCents } from '../money/cents.js';
import { ukFixedCompensation, ukReferenceDate, ukReferenceRate } from './boe-base-rate.js';
import { lprOn } from './lpr.js';

describe('rate data', () => {
  it.each([
    ['2024-01-01', '2023-12-31', '0.0525'],
    ['2024-06-30', '2023-12-31', '0.0525'],
    ['2024-07-01', '2024-06-30', '0.0525'],
    ['2025-01-15', '2024-12-31', '0.0475'], // cut to 4.75% on 2024-11-07
    ['2020-07-01', '2020-06-30', '0.001'],
  ])('interest from %s uses Bank Rate on %s: %s', (start, on, rate) => {
    expect(ukReferenceDate(start)).toBe(on);
    expect(ukReferenceRate(start).toString()).toBe(new Dec(rate).toString());
  });

  it.each([
    ['999.99', '40.00'],
    ['1000.00', '70.00'],
    ['9999.99', '70.00'],
    ['10000.00', '100.00'],
  ])('fixed compensation for a debt of %s is £%s', (debt, sum) => {
    expect(formatCents(ukFixedCompensation(parseCents(debt)))).toBe(sum);
  });

  it.each([
    ['2019-08-20', '0.0425'],
    ['2019-09-19', '0.0425'],
    ['2019-09-20', '0.042'],
    ['2023-08-20', '0.0355'],
    ['2023-08-21', '0.0345'],
    ['2025-05-20', '0.03'],
  ])('LPR on %s is %s', (date, rate) => {
    expect(lprOn(date).toString()).toBe(rate);
  });

  it('has no LPR before the first publication', () => {
    expect(() => lprOn('2019-08-19')).toThrow(/annual-rate/);
  });
});
