import { Option } from 'commander';
import { CasePackError } from '../core/errors.js';
import { isCalendarDate, localToday } from '../core/dates/calendar-date.js';

/**
 * `--as-of YYYY-MM-DD`, today where the user is by default. A date that does not exist is bad input
 * (exit 1, naming the option), like any other value that names no real thing.
 */
export const asOfOption = () =>
  new Option('--as-of <date>', 'the day to calculate to, YYYY-MM-DD')
    .default(localToday(), 'today')
    .argParser((value: string) => {
      if (!isCalendarDate(value)) throw new CasePackError(`--as-of: expected a date YYYY-MM-DD that exists, got "${value}"`);
      return value;
    });
