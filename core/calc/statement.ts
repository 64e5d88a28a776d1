import type { CaseFile } from '../case/schema.js';
import { Dec, ZERO } from '../money/decimal.js';
import { formatAmount } from '../money/money.js';
import type { IsoDate } from '../util/calendar-date.js';
import { allocatePayment } from './allocation.js';
import { ClaimLedger } from './claim-ledger.js';
import { CalcInputError } from './errors.js';
import { rateDataWarnings } from './rate-data-warnings.js';
import type { ClaimSummary, PaymentAllocation, Statement, StatementRow } from './statement-types.js';
import { totalInWords } from './total-in-words.js';

/**
 * What is owed on `asOf`: charges from the day after each due date up to and including `asOf`, payments made
 * on or before `asOf` applied as 民法典 第560–561条 direct, one statement line per claim and rate period.
 */
export function computeStatement(data: CaseFile, asOf: IsoDate): Statement {
  if (data.lateCharge.kind === 'uk-statutory' && data.currency !== 'GBP')
    throw new CalcInputError(`lateCharge.kind uk-statutory needs currency GBP (the case is in ${data.currency})`);
  const ledgers = data.claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => (a.claim.dueDate === b.claim.dueDate ? a.index - b.index : a.claim.dueDate < b.claim.dueDate ? -1 : 1))
    .map(({ claim }) => new ClaimLedger(claim, data.lateCharge));
  const warnings = rateDataWarnings(data.lateCharge, data.claims, asOf);

  const payments: PaymentAllocation[] = [];
  const dated = data.payments
    .map((p, index) => ({ p, index }))
    .sort((a, b) => (a.p.date === b.p.date ? a.index - b.index : a.p.date < b.p.date ? -1 : 1));
  let credit = ZERO;
  let paid = ZERO;
  for (const { p } of dated) {
    if (p.date > asOf) {
      warnings.push(`payment of ${p.amount} on ${p.date} is after the as-of date ${asOf} and is not counted`);
      continue;
    }
    const amount = new Dec(p.amount);
    paid = paid.plus(amount);
    const named = ledgers.find((l) => l.id === p.claim);
    named?.accrueTo(p.date);
    if (!named || amount.greaterThan(named.totalOwed())) ledgers.forEach((l) => l.accrueTo(p.date));
    const { parts, unapplied } = allocatePayment(
      amount,
      ledgers.map((l) => l.owed()),
      p.claim,
    );
    for (const part of parts) ledgers.find((l) => l.id === part.claim)!.apply(part);
    credit = credit.plus(unapplied);
    payments.push({
      date: p.date,
      amount: formatAmount(amount),
      claim: p.claim ?? null,
      applied: parts.map((part) => ({ claim: part.claim, head: part.head, amount: formatAmount(part.amount) })),
      unapplied: formatAmount(unapplied),
    });
  }
  ledgers.forEach((l) => l.accrueTo(asOf));
  if (credit.greaterThan(0)) warnings.push(`payments exceed everything owed by ${formatAmount(credit)}: shown as credit`);

  const t = totals(ledgers);
  return {
    currency: data.currency,
    asOf,
    lateChargeKind: data.lateCharge.kind,
    principal: formatAmount(t.principal),
    paid: formatAmount(paid),
    outstanding: formatAmount(t.outstanding),
    lateCharge: formatAmount(t.charges.plus(t.chargesPaid)),
    lateChargePaid: formatAmount(t.chargesPaid),
    lateChargeOutstanding: formatAmount(t.charges),
    compensation: formatAmount(t.compensation),
    compensationOutstanding: formatAmount(t.costs),
    total: formatAmount(t.owed),
    totalInWords: totalInWords(t.owed, data.currency, data.locale, warnings),
    credit: formatAmount(credit),
    statement: ledgers.flatMap((l) => l.lines.map(toRow)),
    compensationRows: ledgers
      .filter((l) => l.compensation.greaterThan(0))
      .map((l) => ({ claim: l.id, amount: formatAmount(l.compensation) })),
    payments,
    claims: ledgers.map(toSummary),
    warnings,
  };
}

/** The case totals in one pass over the ledgers. */
function totals(ledgers: readonly ClaimLedger[]) {
  const t = { principal: ZERO, outstanding: ZERO, charges: ZERO, chargesPaid: ZERO, compensation: ZERO, costs: ZERO, owed: ZERO };
  for (const l of ledgers) {
    t.principal = t.principal.plus(l.amount);
    t.outstanding = t.outstanding.plus(l.principal);
    t.charges = t.charges.plus(l.charges);
    t.chargesPaid = t.chargesPaid.plus(l.paid.charges);
    t.compensation = t.compensation.plus(l.compensation);
    t.costs = t.costs.plus(l.costs);
  }
  t.owed = t.outstanding.plus(t.charges).plus(t.costs);
  return t;
}

// Rates are shared Dec objects (see rate-periods.ts), so their text is worth keeping.
const rateStrings = new WeakMap<Dec, string>();
function rateString(rate: Dec): string {
  let text = rateStrings.get(rate);
  if (text === undefined) rateStrings.set(rate, (text = rate.toString()));
  return text;
}

function toRow(line: ClaimLedger['lines'][number]): StatementRow {
  const { period } = line;
  return {
    claim: line.claim,
    principal: formatAmount(line.principal),
    from: period.from,
    to: period.to,
    days: line.days,
    rate: rateString(period.rate),
    rateUnit: period.unit,
    basis: period.basis,
    rateNote: period.note,
    charge: formatAmount(line.charge),
  };
}

function toSummary(l: ClaimLedger): ClaimSummary {
  return {
    id: l.id,
    dueDate: l.claim.dueDate,
    amount: formatAmount(l.amount),
    principalPaid: formatAmount(l.paid.principal),
    outstanding: formatAmount(l.principal),
    lateCharge: formatAmount(l.charges.plus(l.paid.charges)),
    lateChargePaid: formatAmount(l.paid.charges),
    compensation: formatAmount(l.compensation),
    compensationPaid: formatAmount(l.paid.costs),
    total: formatAmount(l.totalOwed()),
  };
}
