import type { CaseFileInput } from '../../core/case/schema.js';
import type { IsoDate } from '../../core/dates/calendar-date.js';
import type { RuleCode } from '../../core/limitation/rules.js';

/** What one party's limitation must be; every date worked out by hand from the statute. */
export interface PartyExpectation {
  expiresOn: IsoDate | null;
  /** The rule that decides the party's date. */
  rule?: RuleCode;
  /** Each outstanding claim's date, and no other claim. */
  claims?: Record<string, IsoDate | null>;
  expired?: boolean;
  /** A guarantor whose guarantee lapsed: the last day of its period. */
  lapsed?: IsoDate;
}

/**
 * One case of the legal corpus: a small case file (fields merged onto a one-debtor, one-claim zh-CN case), an
 * as-of date, the article that decides it, and what each party's limitation must be (by position in debtors).
 */
export interface LegalCase {
  id: string;
  article: string;
  asOf: IsoDate;
  case: Partial<CaseFileInput>;
  parties: PartyExpectation[];
}

export const claim = (id: string, dueDate: IsoDate, amount = '1000.00', extra: Record<string, string> = {}) => ({
  id,
  description: '货款',
  amount,
  dueDate,
  ...extra,
});

/** An EMS demand to the first debtor, sent 2022-08-08 and marked as reaching it (or not) on 2022-08-10. */
export const emsDemand = (status: 'delivered' | 'refused' | 'returned', agreedAddress?: boolean) => ({
  id: 'm1',
  document: 'demand-letter',
  carrier: 'EMS',
  trackingNo: 'E1',
  sentOn: '2022-08-08',
  to: 0,
  address: '上海市',
  status,
  deliveredOn: '2022-08-10',
  ...(agreedAddress !== undefined && { agreedAddress }),
});

export const debtorAndGuarantor = (guarantee?: {
  kind: 'joint' | 'general';
  months?: number;
  scope?: string;
  type?: 'ordinary' | 'maximum-amount';
  period?: { from: IsoDate; to: IsoDate };
  maxAmount?: string;
}) => [
  { name: '乙公司', kind: 'company' as const, role: 'debtor' as const },
  { name: '丁某', kind: 'person' as const, role: 'guarantor' as const, ...(guarantee && { guarantee }) },
];

export const english = (fields: Partial<CaseFileInput>): Partial<CaseFileInput> => ({
  locale: 'en-GB',
  currency: 'GBP',
  creditor: { name: 'Creditor Ltd', kind: 'company' },
  debtors: [{ name: 'Debtor Ltd', kind: 'company', role: 'debtor' }],
  claims: [claim('inv1', '2020-03-31')],
  ...fields,
});
