import { InvalidArgumentError, Option } from 'commander';
import { isCalendarDate, localToday } from '../core/dates/calendar-date.js';

/**
 * `--as-of YYYY-MM-DD`, today where the user is by default. A date that does not exist (2026-02-30) is bad
 * usage, exit 2, like every other option value commander refuses (`bundle --date`, `letter --format`).
 */
export const asOfOption = () =>
  new Option('--as-of <date>', 'the day to calculate to, YYYY-MM-DD')
    .default(localToday(), 'today')
    .argParser((value: string) => {
      if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a date YYYY-MM-DD that exists');
      return value;
    });
