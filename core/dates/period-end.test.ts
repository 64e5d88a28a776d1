import { describe, expect, it } from 'vitest';
import { shiftPastRestDays } from '../dates/cn-calendar.js';
import { addMonthsCorresponding, addYearsCorresponding } from '../dates/period-end.js';
import { deemedServedByPost, isUkBusinessDay } from './uk-calendar.js';

describe('period ends (民法典 第201–203条)', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-15', 12, '2025-03-15'],
    ['2024-11-30', 3, '2025-02-28'],
  ])('%s plus %i months ends on %s (第202条: no corresponding day → last day)', (start, months, end) => {
    expect(addMonthsCorresponding(start, months)).toBe(end);
  });

  it('a three-year period from 29 February ends on 28 February', () => {
    expect(addYearsCorresponding('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYearsCorresponding('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('a last day in the National Day holiday moves to the first working day after it (第203条)', () => {
    expect(shiftPastRestDays('2025-10-01')).toEqual({ date: '2025-10-09', movedFrom: '2025-10-01', uncovered: [] });
    expect(shiftPastRestDays('2025-09-28').movedFrom).toBeNull(); // a Sunday made a working day (调休上班)
  });

  it('a year without the State Council notice only skips weekends, and says so', () => {
    expect(shiftPastRestDays('2099-01-03')).toEqual({ date: '2099-01-05', movedFrom: '2099-01-03', uncovered: [2099] });
  });
});

describe('UK business days (CPR 6.2, 6.26)', () => {
  it('skip bank holidays and weekends', () => {
    expect(isUkBusinessDay('2025-12-25')).toBe(false);
    expect(isUkBusinessDay('2025-12-27')).toBe(false);
    expect(isUkBusinessDay('2025-12-29')).toBe(true);
    expect(deemedServedByPost('2025-12-23')).toBe('2025-12-29');
  });
});
