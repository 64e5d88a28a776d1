import type { IsoDate } from '../../core/dates/calendar-date.js';
import { claim, debtorAndGuarantor, type LegalCase } from './legal-case.js';

/** A 民事起诉状 for a case with a guarantor: whether the guarantor is a 被告, and the warning when it is left out. */
export interface ComplaintGuarantorCase extends Omit<LegalCase, 'parties'> {
  /** The 被告 tables, in order. */
  defendants: string[];
  /** The guarantor left out and the last day of its lapsed period; null when none is. */
  leftOut: { guarantor: string; periodEnd: IsoDate } | null;
  says?: string[];
  never?: string[];
}

const filing = { caseType: 'sale-of-goods' as const, court: '上海市浦东新区人民法院', courtBasis: 'defendant-domicile' as const };
// Principal debt due 2024-03-15; the six-month period ends 2024-09-15, in 中秋 2024-09-15..17 → 2024-09-18.
const principal = [claim('c1', '2024-03-15', '1000.00', { description: '三月货款' })];

/**
 * 民法典 第693条; 担保制度解释 第34条 第1款: the court finds of its own motion whether the guarantee period passed,
 * so a guarantor whose guarantee lapsed is left out of the complaint (with a warning), and the suit against the
 * debtor goes ahead (core/filings/complaint-parties.ts says why).
 */
export const complaintGuarantorCases: ComplaintGuarantorCase[] = [
  {
    id: 'cg-lapsed-guarantor-left-out',
    article: '民法典 第693条 第2款; 担保制度解释 第34条 第1款',
    asOf: '2024-10-08',
    case: { debtors: debtorAndGuarantor({ kind: 'joint' }), claims: principal, filing },
    defendants: ['乙公司'],
    leftOut: { guarantor: '丁某', periodEnd: '2024-09-18' },
    says: [
      '已于2024年9月18日届满，原告未在保证期间内依法主张，保证责任消灭',
      '本案不将其列为被告',
      '第五百七十七条、第五百七十九条。',
    ],
    // No guarantor is sued: the 请求依据 cites no guarantee article.
    never: ['判令被告丁某', '被告二', '第六百八十八条', '第六百八十七条'],
  },
  {
    id: 'cg-guarantor-in-period-sued',
    article: '民法典 第688条、第693条 第2款',
    asOf: '2024-09-18',
    case: { debtors: debtorAndGuarantor({ kind: 'joint' }), claims: principal, filing },
    defendants: ['乙公司', '丁某'],
    leftOut: null,
    says: [
      '判令被告丁某对上述第1至3项债务承担连带保证责任',
      '第五百七十七条、第五百七十九条、第六百八十八条、第六百九十一条、第六百九十三条、第六百九十四条',
    ],
    never: ['第六百八十七条'],
  },
  // 民法典 第687条: a general guarantor is sued on 687, not on the joint guarantee's 688.
  {
    id: 'cg-general-guarantor-cites-687',
    article: '民法典 第687条、第693条 第1款',
    asOf: '2024-09-18',
    case: { debtors: debtorAndGuarantor({ kind: 'general' }), claims: principal, filing },
    defendants: ['乙公司', '丁某'],
    leftOut: null,
    says: [
      '承担一般保证责任（在被告乙公司的财产依法强制执行仍不能履行的部分承担保证责任）',
      '第五百七十七条、第五百七十九条、第六百八十七条、第六百九十一条、第六百九十三条、第六百九十四条',
    ],
    never: ['第六百八十八条'],
  },
  // 民法典 第691条: the scope the guarantee contract words bounds what the guarantor is asked to pay.
  {
    id: 'cg-scope-agreed',
    article: '民法典 第691条、第688条',
    asOf: '2024-09-18',
    case: { debtors: debtorAndGuarantor({ kind: 'joint', scope: '货款本金及违约金' }), claims: principal, filing },
    defendants: ['乙公司', '丁某'],
    leftOut: null,
    says: ['判令被告丁某对上述第1至3项债务在保证合同约定的保证范围（货款本金及违约金）内承担连带保证责任'],
  },
  {
    id: 'cg-demanded-in-time-sued',
    article: '民法典 第694条 第2款',
    asOf: '2024-10-08',
    case: {
      debtors: debtorAndGuarantor({ kind: 'joint' }),
      claims: principal,
      events: [{ date: '2024-06-03', kind: 'demand-delivered', party: 1 }],
      filing,
    },
    defendants: ['乙公司', '丁某'],
    leftOut: null,
  },
  // c1's period ended 2024-09-18 unasked; c2 (due 2024-06-20) runs to 2024-12-20: sued for c2 only.
  {
    id: 'cg-partly-lapsed',
    article: '民法典 第692条、第693条 第2款',
    asOf: '2024-10-08',
    case: {
      debtors: debtorAndGuarantor({ kind: 'joint' }),
      claims: [...principal, claim('c2', '2024-06-20', '2500.50', { description: '六月货款' })],
      filing,
    },
    defendants: ['乙公司', '丁某'],
    leftOut: null,
    says: [
      '判令被告丁某对上述第1至3项债务（三月货款除外，其保证期间已经届满）承担连带保证责任',
      '其中三月货款的保证期间已于2024年9月18日届满',
    ],
  },
];
