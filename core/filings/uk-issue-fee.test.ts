import { describe, expect, it } from 'vitest';
import { parseCents, formatCents } from '../money/cents.js';
import { IssueFeeDateError, issueFeeTables, ukIssueFee } from './uk-issue-fee.js';

const ON = '2026-11-30';
const fee = (amount: string) => formatCents(ukIssueFee(parseCents(amount), ON).fee);

describe('County Court issue fee (Civil Proceedings Fees Order 2008, Sch. 1 fee 1.1)', () => {
  // Each band "exceeds the lower figure but does not exceed the upper": the upper figure is in the band, a penny more is not.
  it.each([
    ['0.01', '35.00'],
    ['300.00', '35.00'],
    ['300.01', '50.00'],
    ['500.00', '50.00'],
    ['500.01', '70.00'],
    ['1000.00', '70.00'],
    ['1000.01', '80.00'],
    ['1500.00', '80.00'],
    ['1500.01', '115.00'],
    ['3000.00', '115.00'],
    ['3000.01', '205.00'],
    ['5000.00', '205.00'],
    ['5000.01', '455.00'],
    ['10000.00', '455.00'],
    // 5 % of the claim, rounded down to the penny: 10,000.01 × 5 % = 500.0005 → 500.00; 12,345.67 → 617.2835 → 617.28.
    ['10000.01', '500.00'],
    ['12345.67', '617.28'],
    ['12345.79', '617.28'],
    ['200000.00', '10000.00'],
    ['200000.01', '10000.00'],
    ['5000000.00', '10000.00'],
  ])('a claim of £%s costs £%s', (amount, expected) => {
    expect(fee(amount)).toBe(expected);
  });

  it('names the table used, its source and the date it applies from, and that it is still to be checked', () => {
    const issue = ukIssueFee(parseCents('8674.95'), ON);
    expect(issue.table.validFrom).toBe('2015-03-09');
    expect(issue.table.source).toMatchObject({
      instrument: { si: '2008/1053' },
      schedule: '1',
      fee: '1.1',
      substitutedBy: { instrument: { si: '2015/576' }, article: '2', paragraph: '3' },
    });
    expect(issue.table.checked).toBe(false);
    expect(issueFeeTables().every((t) => t.bands.at(-1)!.upTo === null)).toBe(true);
  });

  it('refuses a date before the first table the data holds, naming both dates', () => {
    expect(() => ukIssueFee(100n, '2015-03-08')).toThrow(IssueFeeDateError);
    expect(() => ukIssueFee(100n, '2015-03-08')).toThrow(/2015-03-08.*2015-03-09/);
  });
});
