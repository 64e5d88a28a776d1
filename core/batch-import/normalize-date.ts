import {
  daysInMonth,
  formatCalendarDate,
  fromDayNumber,
  isCalendarDate,
  toDayNumber,
  type IsoDate,
} from '../dates/calendar-date.js';
import type { Normalized } from './normalize-amount.js';
import { halfWidth } from '../util/half-width.js';

/** Excel's day 0 in the 1900 date system, counting its phantom 1900-02-29 (serials from 61 on). */
const EXCEL_EPOCH = toDayNumber('1899-12-30');
/** Serial numbers read as dates only between 1954 and 2119: a bare number outside is more likely a typo. */
const SERIAL_RANGE = [20_000, 80_000] as const;

/**
 * A calendar date from what a spreadsheet holds: `2024-05-01`, `2024/5/1`, `2024.5.1`, `2024年5月1日`,
 * `20240501`, full-width digits, a trailing time (`2024/5/1 0:00`), an Excel serial number (45413), or a
 * date cell of an XLSX file. A day that does not exist (2023-02-29) is refused.
 */
export function normalizeDate(value: string | number | Date): Normalized {
  if (value instanceof Date) return fromDateCell(value);
  if (typeof value === 'number') return fromSerial(value);
  const text = halfWidth(value)
    .trim()
    .replace(/\s+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, '');
  if (text === '') return { ok: false, code: 'missing', message: 'missing: expected a date such as 2024-05-01' };
  if (/^\d+(\.0+)?$/.test(text) && text.length <= 5) return fromSerial(Number(text));
  const match =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return { ok: false, code: 'date-format', message: 'expected a date such as 2024-05-01, 2024/5/1 or 2024年5月1日' };
  return checked(Number(match[1]), Number(match[2]), Number(match[3]));
}

function checked(year: number, month: number, day: number): Normalized {
  const iso = formatCalendarDate(year, month, day);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || !isCalendarDate(iso))
    return { ok: false, code: 'date-no-such-day', params: { date: iso }, message: `no such day: ${iso}` };
  return { ok: true, value: iso };
}

function fromSerial(serial: number): Normalized {
  if (!Number.isInteger(serial) || serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1])
    return {
      ok: false,
      code: 'date-format',
      message: 'a number that is not a date: expected a date such as 2024-05-01 (or an Excel date serial)',
    };
  return { ok: true, value: excelSerialToDate(serial) };
}

/** The calendar date of an Excel (1900 system) serial number at or after 1900-03-01 (serial 61). */
export function excelSerialToDate(serial: number): IsoDate {
  return fromDayNumber(EXCEL_EPOCH + serial);
}

/**
 * exceljs gives a date cell as a Date at that wall-clock time in UTC (Excel dates have no zone), so the
 * calendar date is read with the UTC getters — never the machine's zone.
 */
function fromDateCell(date: Date): Normalized {
  if (Number.isNaN(date.getTime())) return { ok: false, code: 'date-format', message: 'not a valid date cell' };
  return checked(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
