import type { CaseFile } from '../case/schema.js';
import type { Statement } from '../calc/statement-types.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { CasePackError } from '../errors.js';
import { formatCents } from '../money/cents.js';
import { filingClaimTotal } from './filing-context.js';
import { inForceOn } from './judgment-context.js';
import { assertPaymentOrderConditions } from './payment-order-conditions.js';
import { preservedAmount } from './preservation-context.js';

/** 民事诉讼法 第105条: a preservation is limited to what is claimed. */
export class PreservationOverClaimError extends CasePackError {
  override name = 'PreservationOverClaimError';
  readonly code = 'preservation.over-claim';
  constructor(
    readonly amount: string,
    readonly claimed: string,
  ) {
    super(
      `the amount to preserve (${amount}) is more than what is claimed (${claimed}): 民事诉讼法 第105条 limits it to the claim`,
    );
  }
  get params() {
    return { amount: this.amount, claimed: this.claimed };
  }
}

/** A suit or a preservation needs something to claim: a case fully paid on the day has none. */
export class NothingToClaimError extends CasePackError {
  override name = 'NothingToClaimError';
  readonly code = 'filing.nothing-to-claim';
  constructor(
    readonly templateId: string,
    readonly asOf: IsoDate,
  ) {
    super(`${templateId}: nothing is owed on ${asOf}, so there is nothing to claim (the debt is paid in full)`);
  }
  get params() {
    return { templateId: this.templateId, asOf: this.asOf };
  }
}

/** An enforcement application rests on a judgment in force on the day it is made (民事诉讼法 第247条). */
export class JudgmentNotInForceError extends CasePackError {
  override name = 'JudgmentNotInForceError';
  readonly code = 'judgment-not-in-force';
  constructor(
    readonly effectiveOn: IsoDate,
    readonly asOf: IsoDate,
  ) {
    super(
      `the judgment takes effect on ${effectiveOn}, after the application's date ${asOf}: enforcement needs a judgment in force (民事诉讼法 第247条)`,
    );
  }
  get params() {
    return { effectiveOn: this.effectiveOn, asOf: this.asOf };
  }
}

type Precondition = (data: CaseFile, statement: Statement, asOf: IsoDate, recipient: number) => void;

const somethingClaimed =
  (templateId: string): Precondition =>
  (data, statement, asOf) => {
    if (filingClaimTotal(data, statement) === 0n) throw new NothingToClaimError(templateId, asOf);
  };

/** What must hold before a filing is written, per template; each failure is a coded error naming what fails. */
const PRECONDITIONS: Readonly<Record<string, Precondition>> = {
  complaint: somethingClaimed('complaint'),
  'particulars-of-claim': somethingClaimed('particulars-of-claim'),
  'payment-order-application': (data, statement, asOf, recipient) =>
    assertPaymentOrderConditions(data, statement, asOf, data.debtors[recipient]!),
  'preservation-application': (data, statement, asOf, recipient) => {
    somethingClaimed('preservation-application')(data, statement, asOf, recipient);
    const preservation = data.filing?.preservation;
    if (!preservation) return; // the template's requiredFields name what is missing
    const claimed = filingClaimTotal(data, statement);
    const amount = preservedAmount(preservation, claimed);
    if (amount > claimed) throw new PreservationOverClaimError(formatCents(amount), formatCents(claimed));
  },
  'enforcement-application': (data, _statement, asOf) => {
    const judgment = data.filing?.judgment;
    if (judgment && !inForceOn(judgment, asOf)) throw new JudgmentNotInForceError(judgment.effectiveOn, asOf);
  },
};

export function checkFilingPreconditions(
  templateId: string,
  data: CaseFile,
  statement: Statement,
  asOf: IsoDate,
  recipient: number,
): void {
  if (Object.hasOwn(PRECONDITIONS, templateId)) PRECONDITIONS[templateId]!(data, statement, asOf, recipient);
}
