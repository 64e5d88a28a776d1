import { describe, expect, it } from 'vitest';
import { isFederalHoliday } from '../dates/us-calendar.js';
import { validationPeriodEnd } from './us-validation-period.js';

describe('Reg F validation period', () => {
  it.each([
    ['2025-01-01', true, "New Year's Day"],
    ['2025-01-20', true, 'MLK Day, third Monday of January'],
    ['2025-05-26', true, 'Memorial Day, last Monday of May'],
    ['2026-07-03', true, 'Independence Day on a Saturday, observed Friday'],
    ['2025-11-27', true, 'Thanksgiving, fourth Thursday of November'],
    ['2027-12-31', true, "New Year's Day 2028 on a Saturday, observed the Friday before"],
    ['2025-11-28', false, 'the day after Thanksgiving'],
  ])('%s holiday: %s (%s)', (date, expected) => {
    expect(isFederalHoliday(date)).toBe(expected);
  });

  it('assumes receipt five business days after sending, then adds 30 days', () => {
    // Sent Mon 2025-03-10: receipt assumed Mon 2025-03-17, period ends 2025-04-16.
    expect(validationPeriodEnd('2025-03-10')).toBe('2025-04-16');
    // Sent Wed 2025-11-26: Thanksgiving and the weekend do not count → receipt Thu 2025-12-04, ends 2026-01-03.
    expect(validationPeriodEnd('2025-11-26')).toBe('2026-01-03');
  });
});
