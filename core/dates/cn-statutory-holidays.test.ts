import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../project-root.js';
import { addDays } from './calendar-date.js';
import { statutoryDaysOff } from './cn-statutory-holidays.js';

interface Notice {
  year: number;
  holidays: [string, string, string][];
}
const notices = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'cn-holidays.json'), 'utf8')) as { years: Notice[] }).years;

describe('the days off the law fixes (全国年节及纪念日放假办法 第2条)', () => {
  // Each year's notice can only add days off to the statutory ones: every statutory day must be a day off in it.
  for (const notice of notices)
    it(`are all days off in the State Council's notice for ${notice.year}`, () => {
      const off = new Set<string>();
      for (const [from, to] of notice.holidays) for (let day = from; day <= to; day = addDays(day, 1)) off.add(day);
      const statutory = [...statutoryDaysOff(notice.year).keys()];
      // 13 days from 2025, 11 before; one fewer in a year 中秋 falls within 国庆 (2020).
      expect(statutory.length).toBeGreaterThanOrEqual(notice.year >= 2025 ? 12 : 10);
      expect(statutory.filter((day) => !off.has(day))).toEqual([]);
    });

  it('give 2029 its festivals on the Chinese calendar and 清明 by its solar term', () => {
    expect([...statutoryDaysOff(2029)]).toEqual([
      ['2029-01-01', '元旦'],
      ['2029-02-12', '春节'],
      ['2029-02-13', '春节'],
      ['2029-02-14', '春节'],
      ['2029-02-15', '春节'],
      ['2029-04-04', '清明节'],
      ['2029-05-01', '劳动节'],
      ['2029-05-02', '劳动节'],
      ['2029-06-16', '端午节'],
      ['2029-09-22', '中秋节'],
      ['2029-10-01', '国庆节'],
      ['2029-10-02', '国庆节'],
      ['2029-10-03', '国庆节'],
    ]);
  });

  it('knows none before the 2013 text took effect', () => {
    expect(statutoryDaysOff(2013).size).toBe(0);
  });
});
