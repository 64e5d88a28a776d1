import type { CaseFile, Debtor, Party } from '../case/schema.js';
import { computeStatement } from '../calc/statement.js';
import type { Statement } from '../calc/statement-types.js';
import { formatCents, type Cents } from '../money/cents.js';
import { filingContext } from '../filings/filing-context.js';
import type { TemplateValue } from '../templates/values.js';
import { addDays, type IsoDate } from '../dates/calendar-date.js';
import { instalmentSchedule } from './instalments.js';
import { lateChargeContext, statementRateText } from './late-charge-text.js';
import { paymentOrderText } from './payment-order-text.js';
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
): LetterContext {
  const recipient = recipientIndex(data, settings);
  const deadlineDays = settings.deadlineDays ?? defaultDeadlineDays(data.locale, templateId);
  const deadline = addDays(asOf, deadlineDays);
  const agent = data.agent;
  const firmName = settings.firm?.name ?? agent?.firm;
  const lawyerName = settings.lawyer?.name ?? agent?.lawyer;
  const summaries = new Map(statement.claims.map((c) => [c.id, c]));
  const paidPayments = data.payments.filter((p) => p.date <= asOf);
  const last = paidPayments.reduce<(typeof paidPayments)[number] | undefined>(
    (a, p) => (!a || p.date >= a.date ? p : a),
    undefined,
  );
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
    creditor: partyContext(data.creditor, 'creditor', data.locale),
    debtor: partyContext(data.debtors[recipient]!, data.debtors[recipient]!.role, data.locale),
    debtors: data.debtors.map((d) => partyContext(d, d.role, data.locale)),
    guarantors: data.debtors
      .filter((d) => d.role === 'guarantor')
      .map((d) => ({
        ...partyContext(d, d.role, data.locale),
        guaranteeKind: d.guarantee?.kind ?? 'general',
        guaranteeMonths: d.guarantee?.months ?? 6,
      })),
    firm: firmName
      ? {
          name: firmName,
          address: settings.firm?.address ?? agent?.address ?? null,
          phone: settings.firm?.phone ?? agent?.phone ?? null,
        }
      : null,
    lawyer: lawyerName
      ? {
          name: lawyerName,
          licenseNo: settings.lawyer?.licenseNo ?? agent?.licenseNo ?? null,
          phone: settings.lawyer?.phone ?? null,
          email: settings.lawyer?.email ?? null,
        }
      : null,
    account: settings.account ? { sortCode: null, ...settings.account } : null,
    contact: {
      name: settings.contact?.name ?? settings.signatory ?? null,
      phone: settings.contact?.phone ?? data.creditor.phone ?? null,
      email: settings.contact?.email ?? null,
      address: settings.contact?.address ?? data.creditor.address ?? null,
    },
    signatory: settings.signatory ?? null,
    contract: data.contract
      ? { title: data.contract.title, number: data.contract.number ?? null, signedOn: data.contract.signedOn ?? null }
      : null,
    claims: data.claims.map((c) => {
      const s = summaries.get(c.id);
      return {
        id: c.id,
        description: c.description,
        amount: c.amount,
        dueDate: c.dueDate,
        paid: shown(s?.principalPaid),
        outstanding: shown(s?.outstanding),
        lateCharge: shown(s?.lateCharge),
        total: shown(s?.total),
      };
    }),
    payments: paidPayments.map((p) => ({ date: p.date, amount: p.amount, claim: p.claim ?? null, note: p.note ?? null })),
    lastPayment: last ? { date: last.date, amount: last.amount } : null,
    demands: data.events
      .filter((e) => e.kind === 'demand-delivered' && e.date <= asOf && (e.party === undefined || e.party === recipient))
      .map((e) => ({ date: e.date, note: e.note ?? null })),
    totals: {
      principal: formatCents(statement.principal),
      paid: formatCents(statement.paid),
      // The part of the payments applied to principal: the claims table's 已付 column adds up to this.
      principalPaid: formatCents(statement.principal - statement.outstanding),
      outstanding: formatCents(statement.outstanding),
      lateCharge: formatCents(statement.lateCharge),
      lateChargePaid: formatCents(statement.lateChargePaid),
      lateChargeOutstanding: formatCents(statement.lateChargeOutstanding),
      compensation: formatCents(statement.compensation),
      compensationOutstanding: formatCents(statement.compensationOutstanding),
      compensationPaid: formatCents(statement.compensation - statement.compensationOutstanding),
      total: formatCents(statement.total),
      totalInWords: statement.totalInWords,
      credit: formatCents(statement.credit),
    },
    lateCharge: charge,
    paymentOrder: statement.paymentOrder,
    paymentOrderText: paymentOrderText(statement.paymentOrder, charge.short, charge.nature === 'penalty'),
    statement: statement.statement.map((row) => ({
      claim: row.claim,
      principal: formatCents(row.principal),
      from: row.from,
      to: row.to,
      days: row.days,
      rate: statementRateText(row, data.locale),
      charge: formatCents(row.charge),
    })),
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
  };
}

const shown = (amount: Cents | undefined) => (amount === undefined ? null : formatCents(amount));

/** `you`/`we`: how a Chinese letter names the party (贵司/您, 我司/本人); English letters use you/we. */
function partyContext(party: Party | Debtor, role: string, locale: string): Record<string, TemplateValue> {
  const company = party.kind === 'company';
  const zh = locale === 'zh-CN';
  return {
    you: zh ? (company ? '贵司' : '您') : 'you',
    we: zh ? (company ? '我司' : '本人') : 'we',
    name: party.name,
    kind: party.kind,
    isCompany: party.kind === 'company',
    idNumber: party.idNumber ?? null,
    address: party.address ?? null,
    phone: party.phone ?? null,
    representative: party.representative ?? null,
    representativeTitle: party.representativeTitle ?? null,
    role,
  };
}
