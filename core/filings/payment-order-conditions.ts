import type { CaseFile, Debtor } from '../case/schema.js';
import type { Statement } from '../calc/statement-types.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { CasePackError } from '../errors.js';

/** A condition of a 支付令 the case does not meet; the UI and the CLI word it from the code. */
export type PaymentOrderCondition =
  | 'nothing-owed'
  | 'not-due'
  | 'counter-performance'
  | 'other-dispute'
  | 'debtor-address'
  | 'debtor-abroad'
  | 'court-not-domicile'
  | 'preserved-before-suit';

/** English wording with the article of each condition, for the CLI and logs. */
const CONDITION_TEXT: Record<PaymentOrderCondition, string> = {
  'nothing-owed': 'nothing is owed (民诉解释 第427条 第1款 第2项)',
  'not-due': 'a claim still owed is not yet due (民诉解释 第427条 第1款 第2项)',
  'counter-performance':
    'the case does not confirm that the creditor owes nothing in return (filing.paymentOrder.noCounterPerformance; 民诉解释 第427条 第1款 第3项)',
  'other-dispute':
    'the case does not confirm that creditor and debtor have no other debt dispute (filing.paymentOrder.noOtherDispute; 民事诉讼法 第225条 第1项)',
  'debtor-address':
    'the debtor has no address where the order can be served (民事诉讼法 第225条 第2项; 民诉解释 第427条 第1款 第5项)',
  'debtor-abroad':
    'the case does not confirm that the debtor is in China and can be found (filing.paymentOrder.debtorInChina; 民诉解释 第427条 第1款 第4项)',
  'court-not-domicile':
    "a 支付令 goes to the basic court of the debtor's domicile (民诉解释 第23条), not the court chosen on another basis",
  'preserved-before-suit': 'the creditor applied to preserve property before suit (民诉解释 第427条 第1款 第7项)',
};

/** The case does not meet the conditions of a 支付令: every unmet one is named. */
export class PaymentOrderConditionsError extends CasePackError {
  override name = 'PaymentOrderConditionsError';
  readonly code = 'payment-order-conditions';
  constructor(readonly unmet: readonly PaymentOrderCondition[]) {
    super(`a 支付令申请书 cannot be made for this case: ${unmet.map((c) => CONDITION_TEXT[c]).join('; ')}`);
  }

  get params() {
    return { unmet: this.unmet.join(',') };
  }
}

/**
 * The conditions of 民事诉讼法 第225条 and 民诉解释 第427条 that the case can show, each checked: a money claim
 * (always, in CasePack), due and certain, no counter-performance, no other dispute and a debtor in China whose
 * whereabouts are known (the creditor confirms these three), an address to serve the order at, the debtor's
 * court, no preservation applied for before suit (a ruling recorded, or a preservation entered as before suit).
 */
export function unmetPaymentOrderConditions(
  data: CaseFile,
  statement: Statement,
  asOf: IsoDate,
  respondent: Debtor,
): PaymentOrderCondition[] {
  const unmet: PaymentOrderCondition[] = [];
  if (statement.settled) unmet.push('nothing-owed');
  if (statement.claims.some((c) => c.outstanding > 0n && c.dueDate > asOf)) unmet.push('not-due');
  const confirmed = data.filing?.paymentOrder;
  if (!confirmed?.noCounterPerformance) unmet.push('counter-performance');
  if (!confirmed?.noOtherDispute) unmet.push('other-dispute');
  if (!confirmed?.debtorInChina) unmet.push('debtor-abroad'); // 第427条 第1款 第4项
  if (!respondent.address?.trim()) unmet.push('debtor-address'); // 第5项
  if (data.filing?.court && data.filing.courtBasis !== 'defendant-domicile') unmet.push('court-not-domicile');
  // 第7项: 债权人未向人民法院申请诉前保全 — having applied is enough, whatever the ruling.
  if (data.filing?.preservedBeforeSuit || data.filing?.preservation?.stage === 'before-suit') unmet.push('preserved-before-suit');
  return unmet;
}

export function assertPaymentOrderConditions(data: CaseFile, statement: Statement, asOf: IsoDate, respondent: Debtor): void {
  const unmet = unmetPaymentOrderConditions(data, statement, asOf, respondent);
  if (unmet.length > 0) throw new PaymentOrderConditionsError(unmet);
}
