import type { CaseFile } from '../case/schema.js';
import { computeStatement } from '../calc/statement.js';
import type { Statement } from '../calc/statement-types.js';
import { Dec } from '../money/decimal.js';
import { formatAmount } from '../money/money.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { LetterSettings } from './settings.js';
import { validationPeriodEnd } from './us-validation-period.js';

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
  const diff = (a: string, b: string) => formatAmount(new Dec(a).minus(b));
  return {
    debtCollector: settings.debtCollector ?? true,
    itemizationDate,
    itemizationAmount: then.total,
    interestSince: diff(now.lateCharge, then.lateCharge),
    feesSince: diff(now.compensation, then.compensation),
    paymentsSince: diff(now.paid, then.paid),
    currentAmount: now.total,
    endDate: validationPeriodEnd(asOf),
  };
}
