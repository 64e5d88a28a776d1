import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDateOfUtc,
  dayAfter,
  dayBefore,
  dayNumber,
  daysBetween,
  daysInclusive,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  localToday,
  toDayNumber,
} from './calendar-date.js';
import { weekdayOf } from './weekday.js';

/** The platform's UTC calendar, used here only as an independent check of the day-number arithmetic. */
const utcDayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
const utcDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('day numbers', () => {
  it('agree with the UTC calendar on every day from 1899 to 2101, both ways', () => {
    const wrong: string[] = [];
    for (let n = utcDayNumber('1899-01-01'); n <= utcDayNumber('2101-12-31'); n++) {
      const date = utcDate(n);
      if (fromDayNumber(n) !== date || dayNumber(date) !== n || toDayNumber(date) !== n) wrong.push(date);
      if (weekdayOf(date) !== new Date(n * 86_400_000).getUTCDay()) wrong.push(`weekday ${date}`);
    }
    expect(wrong).toEqual([]);
  });

  it('step a day across month, leap-day and year ends', () => {
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2024-02-29')).toBe('2024-03-01');
    expect(dayAfter('2023-02-28')).toBe('2023-03-01');
    expect(dayAfter('2024-12-31')).toBe('2025-01-01');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(dayBefore('2100-03-01')).toBe('2100-02-28');
    expect(dayBefore('2000-03-01')).toBe('2000-02-29');
    expect(addDays('2024-01-31', 30)).toBe('2024-03-01');
    expect(addDays('2024-03-01', -366)).toBe('2023-03-01');
  });

  it.each([
    ['2024-02-01', '2024-03-01', 30],
    ['2024-01-01', '2024-12-31', 366],
    ['2024-03-31', '2024-03-31', 1],
  ])('%s..%s is %i days counted inclusively', (from, to, days) => {
    expect(daysInclusive(from, to)).toBe(days);
    expect(daysBetween(from, to)).toBe(days - 1);
    expect(daysBetween(to, from)).toBe(1 - days);
  });

  it('refuse text that is not a calendar date where the caller has not checked it', () => {
    expect(() => toDayNumber('2023-02-29')).toThrow(RangeError);
    expect(() => addDays('2024-13-01', 1)).toThrow(RangeError);
    expect(() => daysBetween('2024-1-1', '2024-01-02')).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2024-04-31', false],
    ['2024-00-10', false],
    ['2024-12-00', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00', false],
  ])('%s is a calendar date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  it('count the days of each month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2024, m))).toEqual([
      31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it('read today in the local zone and a UTC wall-clock date in UTC', () => {
    const lateEvening = new Date(2024, 11, 31, 23, 30);
    expect(localToday(lateEvening)).toBe('2024-12-31');
    expect(calendarDateOfUtc(new Date(Date.UTC(2024, 1, 29, 23, 59)))).toBe('2024-02-29');
  });
});
