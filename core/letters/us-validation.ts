import type { CaseFile } from '../case/schema.js';
import { computeStatement } from '../calc/statement.js';
import type { Statement } from '../calc/statement-types.js';
import { formatCents } from '../money/cents.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { LetterSettings } from './settings.js';
import { validationPeriodEnd } from './us-validation-period.js';

/** The itemization as the letter prints it (amounts as decimal text for the template). */
export interface UsValidation {
  debtCollector: boolean;
  itemizationDate: IsoDate;
  itemizationAmount: string;
  interestSince: string;
  feesSince: string;
  paymentsSince: string;
  currentAmount: string;
  endDate: IsoDate;
}

/**
 * The itemization of Reg F §1006.34(c)(2)(vi)–(viii): the amount on the itemization date, then interest,
 * fees, and payments or credits since, and the current amount. The itemization date defaults to the last
 * payment (§1006.34(b)(3)(iii)), else the last due date (a date of the transaction, (b)(3)(iv)).
 */
export function usValidation(data: CaseFile, asOf: IsoDate, now: Statement, settings: LetterSettings): UsValidation {
  const lastPayment = data.payments
    .filter((p) => p.date <= asOf)
    .reduce<IsoDate | undefined>((a, p) => (!a || p.date > a ? p.date : a), undefined);
  const lastDue = data.claims.reduce((a, c) => (c.dueDate > a ? c.dueDate : a), data.claims[0]!.dueDate);
  const itemizationDate = settings.itemizationDate ?? lastPayment ?? (lastDue <= asOf ? lastDue : asOf);
  const then = computeStatement(data, itemizationDate);
  return {
    debtCollector: settings.debtCollector ?? true,
    itemizationDate,
    itemizationAmount: formatCents(then.total),
    interestSince: formatCents(now.lateCharge - then.lateCharge),
    feesSince: formatCents(now.compensation - then.compensation),
    paymentsSince: formatCents(now.paid - then.paid),
    currentAmount: formatCents(now.total),
    endDate: validationPeriodEnd(asOf),
  };
}
