import { Dec } from '../money/decimal.js';
import { formatAmount } from '../money/money.js';
import { addMonthsCorresponding } from '../dates/period-end.js';
import type { IsoDate } from '../dates/calendar-date.js';

export interface Instalment {
  number: number;
  date: IsoDate;
  amount: string;
}

/** Equal instalments to the cent, the remainder in the last one, `intervalMonths` apart from `firstDate`. */
export function instalmentSchedule(total: string, count: number, firstDate: IsoDate, intervalMonths: number): Instalment[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`instalment count must be a whole number from 1, got ${count}`);
  const whole = new Dec(total);
  const each = whole.dividedBy(count).toDecimalPlaces(2, Dec.ROUND_DOWN);
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    date: addMonthsCorresponding(firstDate, i * intervalMonths),
    amount: formatAmount(i === count - 1 ? whole.minus(each.times(count - 1)) : each),
  }));
}
