import type { IsoDate } from '../../core/dates/calendar-date.js';
import { claim, debtorAndGuarantor, type LegalCase } from './legal-case.js';

/** A letter the creditor asks for, and whether it must be refused: the guarantor's name and the period's last day. */
export interface GuarantorLetterCase extends Omit<LegalCase, 'parties'> {
  template: 'demand-letter' | 'lawyer-letter' | 'debt-acknowledgment' | 'repayment-agreement';
  /** The addressee: a position in debtors. */
  to: number;
  refused: { guarantor: string; periodEnd: IsoDate } | null;
}

// Principal debt due 2024-03-15; a six-month guarantee period ends 2024-09-15, in 中秋 2024-09-15..17 → 2024-09-18.
const principal = [claim('c1', '2024-03-15')];
const joint = debtorAndGuarantor({ kind: 'joint' });
const general = debtorAndGuarantor({ kind: 'general' });
const lapsed = { guarantor: '丁某', periodEnd: '2024-09-18' };

/** Letters to guarantors (民法典 第693条; 担保制度解释 第34条 第2款): none to one whose guarantee has lapsed. */
export const guarantorLetterCases: GuarantorLetterCase[] = [
  {
    id: 'gl-joint-lapsed-demand',
    article: '民法典 第693条 第2款',
    asOf: '2024-10-01',
    case: { debtors: joint, claims: principal },
    template: 'demand-letter',
    to: 1,
    refused: lapsed,
  },
  {
    id: 'gl-joint-lapsed-lawyer-letter',
    article: '民法典 第693条 第2款',
    asOf: '2024-10-01',
    case: { debtors: joint, claims: principal },
    template: 'lawyer-letter',
    to: 1,
    refused: lapsed,
  },
  {
    id: 'gl-joint-lapsed-acknowledgment',
    article: '担保制度解释 第34条 第2款',
    asOf: '2024-10-01',
    case: { debtors: joint, claims: principal },
    template: 'debt-acknowledgment',
    to: 1,
    refused: lapsed,
  },
  // The guarantor signed "agreeing to perform" on 2024-11-01, after the period: that revives nothing (第34条 第2款).
  {
    id: 'gl-signed-after-lapse-still-refused',
    article: '担保制度解释 第34条 第2款',
    asOf: '2024-12-01',
    case: {
      debtors: joint,
      claims: principal,
      events: [{ date: '2024-11-01', kind: 'acknowledged', party: 1, agreesToPerform: true }],
    },
    template: 'repayment-agreement',
    to: 1,
    refused: lapsed,
  },
  // A demand to the guarantor alone does not keep a general guarantee; only a suit against the debtor does.
  {
    id: 'gl-general-lapsed',
    article: '民法典 第693条 第1款',
    asOf: '2024-10-01',
    case: { debtors: general, claims: principal, events: [{ date: '2024-06-03', kind: 'demand-delivered', party: 1 }] },
    template: 'demand-letter',
    to: 1,
    refused: lapsed,
  },
  // Two debts: periods end 2024-09-18 and 2024-10-20 (a Sunday) → 2024-10-21; the error names the later one.
  {
    id: 'gl-lapsed-latest-period',
    article: '民法典 第692条、第693条 第2款',
    asOf: '2025-01-02',
    case: { debtors: joint, claims: [...principal, claim('c2', '2024-04-20')] },
    template: 'demand-letter',
    to: 1,
    refused: { guarantor: '丁某', periodEnd: '2024-10-21' },
  },
  {
    id: 'gl-joint-in-period',
    article: '民法典 第693条 第2款',
    asOf: '2024-09-18',
    case: { debtors: joint, claims: principal },
    template: 'demand-letter',
    to: 1,
    refused: null,
  },
  {
    id: 'gl-joint-demanded-in-time',
    article: '民法典 第694条 第2款',
    asOf: '2024-10-01',
    case: { debtors: joint, claims: principal, events: [{ date: '2024-06-03', kind: 'demand-delivered', party: 1 }] },
    template: 'debt-acknowledgment',
    to: 1,
    refused: null,
  },
  {
    id: 'gl-debtor-unaffected',
    article: '民法典 第693条',
    asOf: '2024-10-01',
    case: { debtors: joint, claims: principal },
    template: 'demand-letter',
    to: 0,
    refused: null,
  },
];
