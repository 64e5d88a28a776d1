import type { CaseFile } from '../case/schema.js';
import { CasePackError } from '../errors.js';
import { amountInWords, wordsLanguage } from '../money/amount-in-words.js';
import { cents, formatCents, parseCents, type Cents } from '../money/cents.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { reasonLanguage, type Language } from '../util/language.js';
import { allocatePayment, type AllocationPart } from './allocation.js';
import { paymentOrder } from './payment-order.js';
import { chargeWarnings } from './charge-warnings.js';
import { ClaimLedger } from './claim-ledger.js';
import { OpenLedgers } from './open-ledgers.js';
import { CalcInputError } from './errors.js';
import { rateDataWarnings } from './rate-data-warnings.js';
import type { ClaimSummary, PaymentAllocation, Statement, StatementRow } from './statement-types.js';
import { statementWording, type StatementWording } from './statement-wording.js';

/**
 * What is owed on `asOf`: charges from the day after each due date up to and including `asOf`, payments made
 * on or before `asOf` applied by the case's law (paymentOrder), one statement line per claim and rate period.
 * Notes and warnings are in `language` (English when none is given), whatever the case's own.
 */
export function computeStatement(data: CaseFile, asOf: IsoDate, language?: Language): Statement {
  const reasons = reasonLanguage(language);
  const words = statementWording(reasons);
  if (data.lateCharge.kind === 'uk-statutory' && data.currency !== 'GBP')
    throw new CalcInputError(`lateCharge.kind uk-statutory needs currency GBP (the case is in ${data.currency})`);
  const ledgers = data.claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => (a.claim.dueDate === b.claim.dueDate ? a.index - b.index : a.claim.dueDate < b.claim.dueDate ? -1 : 1))
    .map(({ claim }) => new ClaimLedger(claim, data.lateCharge, reasons));
  const warnings = rateDataWarnings(data.lateCharge, data.claims, asOf, words);

  const order = paymentOrder(data);
  const payments: PaymentAllocation[] = [];
  const dated = data.payments
    .map((p, index) => ({ p, index }))
    .sort((a, b) => (a.p.date === b.p.date ? a.index - b.index : a.p.date < b.p.date ? -1 : 1));
  const open = new OpenLedgers(ledgers);
  const byId = new Map<string, ClaimLedger>();
  for (const l of ledgers) if (!byId.has(l.id)) byId.set(l.id, l);
  let credit = 0n;
  let paid = 0n;
  for (const { p, index } of dated) {
    if (p.date > asOf) {
      warnings.push(words.paymentAfterAsOf(p.amount, p.date, asOf));
      continue;
    }
    const amount = parseCents(p.amount);
    paid += amount;
    // Only the debts a payment can reach are brought up to its date: a row split for nothing would round twice.
    const named = p.claim === undefined ? undefined : byId.get(p.claim);
    named?.accrueTo(p.date);
    if (!named || amount > named.totalOwed()) open.accrueTo(p.date);
    const { parts, unapplied } = allocatePayment({
      amount,
      open: open.owing(),
      named,
      spread: order.spread,
      within: order.within,
    });
    for (const part of parts) byId.get(part.claim)!.apply(part);
    credit += unapplied;
    payments.push({
      payment: index,
      date: p.date,
      amount,
      claim: p.claim ?? null,
      rule: p.claim === undefined ? order.spread : p.appropriatedBy === 'creditor' ? 'appropriated-by-creditor' : 'designated',
      debts: debtsReached(parts),
      applied: parts,
      unapplied: cents(unapplied),
    });
  }
  for (const l of ledgers) l.accrueTo(asOf);
  if (credit > 0n) warnings.push(words.credit(formatCents(credit)));
  const rows: StatementRow[] = [];
  for (const l of ledgers) for (const row of l.rows) rows.push(row); // flatMap cost several per cent of a case
  warnings.push(...chargeWarnings(data, rows, words));

  const t = totals(ledgers);
  const total = cents(t.owed);
  return {
    currency: data.currency,
    asOf,
    lateChargeKind: data.lateCharge.kind,
    paymentOrder: order.name,
    principal: cents(t.principal),
    paid: cents(paid),
    outstanding: cents(t.outstanding),
    lateCharge: cents(t.charges + t.chargesPaid),
    lateChargePaid: cents(t.chargesPaid),
    lateChargeOutstanding: cents(t.charges),
    compensation: cents(t.compensation),
    compensationOutstanding: cents(t.costs),
    total,
    totalInWords: totalInWords(total, data, warnings, words),
    wordsLanguage: wordsLanguage(data.currency, data.locale),
    credit: cents(credit),
    settled: total === 0n,
    statement: rows,
    compensationRows: ledgers.filter((l) => l.compensation > 0n).map((l) => ({ claim: l.id, amount: cents(l.compensation) })),
    payments,
    claims: ledgers.map(toSummary),
    warnings,
  };
}

/** The claims a payment reached, in order, each once: the parts of one claim come together. */
function debtsReached(parts: readonly AllocationPart[]): string[] {
  const debts: string[] = [];
  for (const part of parts) if (part.claim !== debts.at(-1)) debts.push(part.claim);
  return debts;
}

/** The case totals in cents, in one pass over the ledgers. */
function totals(ledgers: readonly ClaimLedger[]) {
  const t = { principal: 0n, outstanding: 0n, charges: 0n, chargesPaid: 0n, compensation: 0n, costs: 0n, owed: 0n };
  for (const l of ledgers) {
    t.principal += l.amount;
    t.outstanding += l.principal;
    t.charges += l.charges;
    t.chargesPaid += l.paid.charges;
    t.compensation += l.compensation;
    t.costs += l.costs;
  }
  t.owed = t.outstanding + t.charges + t.costs;
  return t;
}

function toSummary(l: ClaimLedger): ClaimSummary {
  const total = cents(l.totalOwed());
  return {
    id: l.id,
    dueDate: l.claim.dueDate,
    amount: cents(l.amount),
    principalPaid: cents(l.paid.principal),
    outstanding: cents(l.principal),
    lateCharge: cents(l.charges + l.paid.charges),
    lateChargePaid: cents(l.paid.charges),
    compensation: cents(l.compensation),
    compensationPaid: cents(l.paid.costs),
    total,
    settled: total === 0n,
  };
}

/** The total in words for the letter's language; a warning instead when it cannot be written (too large). */
function totalInWords(total: Cents, data: CaseFile, warnings: string[], words: StatementWording): string | null {
  try {
    return amountInWords(total, data.currency, data.locale);
  } catch (error) {
    if (!(error instanceof CasePackError)) throw error;
    warnings.push(words.noWords(error.message));
    return null;
  }
}
