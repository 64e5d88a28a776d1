import { formatCents, type Cents } from '../money/cents.js';
import { addMonthsCorresponding } from '../dates/period-end.js';
import type { IsoDate } from '../dates/calendar-date.js';

export interface Instalment {
  number: number;
  date: IsoDate;
  amount: string;
}

/** Equal instalments to the cent, the remainder in the last one, `intervalMonths` apart from `firstDate`. */
export function instalmentSchedule(total: Cents, count: number, firstDate: IsoDate, intervalMonths: number): Instalment[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`instalment count must be a whole number from 1, got ${count}`);
  const each = total / BigInt(count); // BigInt division rounds toward zero: the cents left go to the last one

  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    date: addMonthsCorresponding(firstDate, i * intervalMonths),
    amount: formatCents(i === count - 1 ? total - each * BigInt(count - 1) : each),
  }));
}
