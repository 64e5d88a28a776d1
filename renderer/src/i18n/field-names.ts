import { fill } from './fill.js';
import type { MessageKey } from './messages.js';

const SECTION: Record<string, MessageKey> = {
  title: 'ed.caseTitle',
  locale: 'ed.locale',
  currency: 'ed.currency',
  contract: 'ed.theCase',
  creditor: 'ed.creditor',
  debtors: 'ed.debtors',
  claims: 'ed.claims',
  payments: 'ed.payments',
  lateCharge: 'ed.lateCharge',
  events: 'ed.events',
  filing: 'ed.filing',
  evidence: 'evidence',
  mailings: 'mailings',
};

/** A field whose label depends on its section (an exhibit's title is not the contract's). */
const SECTION_FIELD: Record<string, MessageKey> = {
  'evidence.title': 'evidenceTitle',
  'evidence.source': 'source',
};

const FIELD: Record<string, MessageKey> = {
  title: 'ed.contractTitle',
  number: 'ed.contractNumber',
  signedOn: 'ed.signedOn',
  name: 'ed.name',
  kind: 'ed.kind',
  idNumber: 'ed.idNumber.company',
  address: 'ed.address',
  phone: 'ed.phone',
  representative: 'ed.representative',
  role: 'ed.role',
  months: 'ed.guaranteeMonths',
  scope: 'ed.guaranteeScope',
  maxAmount: 'ed.guaranteeMaxAmount',
  type: 'ed.guaranteeType',
  from: 'ed.guaranteePeriodFrom',
  to: 'ed.guaranteePeriodTo',
  arisenOn: 'ed.arisenOn',
  id: 'ed.claimId',
  description: 'ed.claimDescription',
  amount: 'ed.amount',
  dueDate: 'ed.dueDate',
  date: 'date',
  claim: 'ed.paymentClaim',
  note: 'ed.note',
  party: 'ed.eventParty',
  dueOn: 'promisedBy',
  rate: 'ed.preset',
  multiplier: 'ed.multiplier',
  markup: 'ed.markupPercent',
  court: 'ed.hearingCentre',
  courtBasis: 'filingsCourtBasis',
  caseType: 'filingsCaseType',
  noCounterPerformance: 'ed.po.noCounterPerformance',
  noOtherDispute: 'ed.po.noOtherDispute',
  debtorInChina: 'ed.po.debtorInChina',
  stage: 'ed.preservationStage',
  security: 'ed.preservationSecurity',
  securityNote: 'ed.securityNote',
  property: 'ed.propertyClues',
};

/**
 * A refused field named the way the form labels it (`claims[1].amount` → “欠款 第 2 项 · 金额”): the path
 * itself never reaches the screen.
 */
export function fieldName(path: string, t: (key: MessageKey) => string): string {
  const parts = path.split(/[.[\]]+/).filter(Boolean);
  const [section = '', ...rest] = parts;
  const sectionName = t(SECTION[section] ?? 'ed.theCase');
  const index = rest.find((p) => /^\d+$/.test(p));
  const field = [...rest].reverse().find((p) => !/^\d+$/.test(p));
  const where = index === undefined ? sectionName : fill(t('ed.section'), { section: sectionName, n: Number(index) + 1 });
  const key = field && (SECTION_FIELD[`${section}.${field}`] ?? FIELD[field]);
  const fieldLabel = key && !(section === 'title' || section === 'locale' || section === 'currency') ? t(key) : '';
  return fieldLabel ? `${where} · ${fieldLabel}` : where;
}
