import { addDays, type IsoDate } from './calendar-date.js';

/**
 * The days off that 全国年节及纪念日放假办法 (第2条) fixes for every year, for the years the State Council's notice
 * is not yet in the calendar: the notice can only add rest days (调休) to these, never remove one. From 2025 (as
 * amended in 2024): 元旦 1 day, 春节 4 (除夕 to 正月初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3. From 2014 to
 * 2024 (as amended in 2013): 春节 3 (正月初一 to 初三) and 劳动节 1, the rest the same. Earlier years: none known.
 */
export function statutoryDaysOff(year: number): ReadonlyMap<IsoDate, string> {
  let days = cache.get(year);
  if (!days) cache.set(year, (days = computeDaysOff(year)));
  return days;
}

const cache = new Map<number, ReadonlyMap<IsoDate, string>>();

function computeDaysOff(year: number): ReadonlyMap<IsoDate, string> {
  const days = new Map<IsoDate, string>();
  if (year < 2014) return days;
  const amended2024 = year >= 2025;
  const on = (date: IsoDate, count: number, name: string) => {
    for (let i = 0, day = date; i < count; i++, day = addDays(day, 1)) days.set(day, name);
  };
  const y = String(year);
  on(`${y}-01-01`, 1, '元旦');
  const newYear = lunarDay(year, 1, 1, `${y}-01-20`, `${y}-02-21`);
  if (amended2024) on(addDays(newYear, -1), 4, '春节');
  else on(newYear, 3, '春节');
  on(`${y}-04-${String(qingmingDay(year)).padStart(2, '0')}`, 1, '清明节');
  on(`${y}-05-01`, amended2024 ? 2 : 1, '劳动节');
  on(lunarDay(year, 5, 5, `${y}-05-28`, `${y}-06-25`), 1, '端午节');
  on(lunarDay(year, 8, 15, `${y}-09-07`, `${y}-10-08`), 1, '中秋节');
  on(`${y}-10-01`, 3, '国庆节');
  return days;
}

// The Chinese calendar's month and day of a Gregorian date, read at midnight UTC in UTC: no time zone can move it.
const CHINESE = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });

/** The day of `month`/`day` in the Chinese calendar (never a leap month) between `from` and `to`. */
function lunarDay(year: number, month: number, day: number, from: IsoDate, to: IsoDate): IsoDate {
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const parts = CHINESE.formatToParts(new Date(`${date}T00:00:00Z`));
    const m = parts.find((p) => p.type === 'month')?.value;
    const d = parts.find((p) => p.type === 'day')?.value;
    if (m === String(month) && d === String(day)) return date;
  }
  throw new Error(`no Chinese-calendar ${month}/${day} between ${from} and ${to} in ${year}`);
}

/** 清明, the solar term, in April of a year of this century: [Y × 0.2422 + 4.81] − [Y / 4], Y the last two digits. */
function qingmingDay(year: number): number {
  const y = year % 100;
  return Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4);
}
