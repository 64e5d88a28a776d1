import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../util/calendar-date.js';
import { dayAfter, dayBefore, dayNumber, daysInclusive } from './day-math.js';

describe('day-math', () => {
  it('agrees with util/calendar-date on every day from 1999 to 2031', () => {
    for (let n = toDayNumber('1999-01-01'); n <= toDayNumber('2031-12-31'); n++) {
      const date = fromDayNumber(n);
      expect(dayAfter(date)).toBe(addDays(date, 1));
      expect(dayBefore(date)).toBe(addDays(date, -1));
    }
  });

  it('counts day numbers as util/calendar-date does, from 1899 to 2101', () => {
    const wrong: string[] = [];
    for (let n = toDayNumber('1899-01-01'); n <= toDayNumber('2101-12-31'); n++)
      if (dayNumber(fromDayNumber(n)) !== n) wrong.push(fromDayNumber(n));
    expect(wrong).toEqual([]);
  });

  it.each([
    ['2024-02-01', '2024-03-01', 30],
    ['2024-01-01', '2024-12-31', 366],
    ['2024-03-31', '2024-03-31', 1],
  ])('%s..%s is %i days', (from, to, days) => {
    expect(daysInclusive(from, to)).toBe(days);
  });
});
