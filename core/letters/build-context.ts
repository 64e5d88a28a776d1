import type { CaseFile, CaseEvent } from '../case/schema.js';
import { limitationInput } from '../calc/calculate-case.js';
import { computeStatement } from '../calc/statement.js';
import type { Statement } from '../calc/statement-types.js';
import { defendantsOf } from '../filings/complaint-parties.js';
import { filingContext } from '../filings/filing-context.js';
import type { TemplateValue } from '../templates/values.js';
import { computeLimitation } from '../limitation/limitation.js';
import type { LimitationEntry } from '../limitation/types.js';
import { addDays, type IsoDate } from '../dates/calendar-date.js';
import { claimsContext, statementRowsContext, totalsContext } from './amounts-context.js';
import { instalmentSchedule } from './instalments.js';
import { lateChargeContext } from './late-charge-text.js';
import { limitationContext } from './limitation-context.js';
import { partiesContext } from './party-context.js';
import { paymentOrderText } from './payment-order-text.js';
import { senderContext } from './sender-context.js';
import { defaultDeadlineDays, type LetterSettings } from './settings.js';
import { usValidation } from './us-validation.js';

export type LetterContext = Readonly<Record<string, TemplateValue>>;

/** The addressee: `settings.recipient`, else the first debtor with role debtor. */
export function recipientIndex(data: CaseFile, settings: LetterSettings): number {
  const index = settings.recipient ?? data.debtors.findIndex((d) => d.role === 'debtor');
  if (!data.debtors[index])
    throw new RangeError(`recipient ${index} is not a position in debtors (0–${data.debtors.length - 1})`);
  return index;
}

/** The demands delivered to the addressee by `asOf` (a demand that names no party reached every debtor). */
export function deliveredDemands(data: CaseFile, asOf: IsoDate, recipient: number): CaseEvent[] {
  return data.events.filter(
    (e) => e.kind === 'demand-delivered' && e.date <= asOf && (e.party === undefined || e.party === recipient),
  );
}

/**
 * The data a letter template reads (its shape is LETTER_CONTEXT_SHAPE): the case, the statement on
 * `asOf` from the calculation engine, and the settings that the case file does not hold.
 */
export function buildLetterContext(
  data: CaseFile,
  asOf: IsoDate,
  settings: LetterSettings = {},
  templateId = '',
  statement: Statement = computeStatement(data, asOf),
  limitation: readonly LimitationEntry[] = computeLimitation(data, asOf, limitationInput(statement)),
  defendants: readonly number[] = defendantsOf(data, limitation, templateId).parties,
): LetterContext {
  const recipient = recipientIndex(data, settings);
  const deadlineDays = settings.deadlineDays ?? defaultDeadlineDays(data.locale, templateId);
  const deadline = addDays(asOf, deadlineDays);
  const plan = settings.instalments ?? {};
  const charge = lateChargeContext(data.lateCharge, data.locale);
  return {
    locale: data.locale,
    currency: data.currency,
    asOf,
    letterNo: settings.letterNo ?? null,
    deadlineDays,
    deadline,
    debtKind: settings.debtKind ?? null,
    sentBy: settings.sentBy ?? 'creditor',
    ...partiesContext(data, recipient, limitation, defendants, statement, settings.sentBy),
    ...senderContext(data, settings),
    protocol: debtProtocolContext(settings),
    contract: data.contract
      ? { title: data.contract.title, number: data.contract.number ?? null, signedOn: data.contract.signedOn ?? null }
      : null,
    claims: claimsContext(data, statement),
    ...historyContext(data, asOf, recipient),
    totals: totalsContext(statement),
    lateCharge: charge,
    paymentOrder: statement.paymentOrder,
    paymentOrderText: paymentOrderText(statement.paymentOrder, charge.short, charge.nature === 'penalty'),
    statement: statementRowsContext(statement, data.locale),
    instalments: instalmentSchedule(statement.total, plan.count ?? 3, plan.firstDate ?? deadline, plan.intervalMonths ?? 1).map(
      (i) => ({ ...i }),
    ),
    propertyFee: {
      standard: settings.propertyFee?.standard ?? null,
      basis: settings.propertyFee?.basis ?? null,
      period: settings.propertyFee?.period ?? null,
      place: settings.propertyFee?.place ?? null,
    },
    validation: data.locale === 'en-US' ? { ...usValidation(data, asOf, statement, settings) } : null,
    ...filingContext(data, statement),
    ...limitationContext(data, statement, limitation[recipient], recipient),
  };
}

/** The Pre-Action Protocol for Debt Claims para 3.1 facts from the settings; each is null when it does not apply. */
function debtProtocolContext(settings: LetterSettings): Record<string, TemplateValue> {
  const { oralAgreement, assignment, instalmentOffer } = settings.protocol ?? {};
  return {
    oralAgreement: oralAgreement ? { ...oralAgreement } : null,
    assignment: assignment ? { originalReference: null, assignedTo: null, ...assignment } : null,
    instalmentOffer: instalmentOffer ? { ...instalmentOffer } : null,
  };
}

/** What has happened by `asOf`: the payments made, the last of them, and the demands the addressee received. */
function historyContext(data: CaseFile, asOf: IsoDate, recipient: number): Record<string, TemplateValue> {
  const paidPayments = data.payments.filter((p) => p.date <= asOf);
  const last = paidPayments.reduce<(typeof paidPayments)[number] | undefined>(
    (a, p) => (!a || p.date >= a.date ? p : a),
    undefined,
  );
  return {
    payments: paidPayments.map((p) => ({ date: p.date, amount: p.amount, claim: p.claim ?? null, note: p.note ?? null })),
    lastPayment: last ? { date: last.date, amount: last.amount } : null,
    demands: deliveredDemands(data, asOf, recipient).map((e) => ({ date: e.date, note: e.note ?? null })),
  };
}
