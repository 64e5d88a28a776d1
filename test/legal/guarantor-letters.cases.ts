import type { IsoDate } from '../../core/dates/calendar-date.js';
import { claim, debtorAndGuarantor, type LegalCase } from './legal-case.js';

/** A letter the creditor asks for, and whether it must be refused: the guarantor's name and the period's last day. */
export interface GuarantorLetterCase extends Omit<LegalCase, 'parties'> {
  template: 'demand-letter' | 'lawyer-letter' | 'debt-acknowledgment' | 'repayment-agreement';
  /** The addressee: a position in debtors. */
  to: number;
  refused: { guarantor: string; periodEnd: IsoDate } | null;
  /** A written letter: words its text must hold (dates and amounts exactly), and words it must not. */
  says?: string[];
  never?: string[];
}

/** What a 律师函 needs beyond the case (律师法 第25条: the firm issues it, with its number and the lawyer). */
export const LAWYER = {
  letterNo: '甲律函〔2024〕第1号',
  firm: { name: '甲律师事务所' },
  lawyer: { name: '王律师', licenseNo: '1310' },
};

// What a letter to the debtor says and a letter to a guarantor must not: that the guarantor is the buyer who failed to pay.
const AS_BUYER = ['与您签订', '您未按约定期限付清', '您逾期付款'];

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
  // On the period's last day: the letter is the demand within the period (第693条 第2款), from which the guarantee
  // debt's own three years run (第694条 第2款).
  {
    id: 'gl-joint-in-period',
    article: '民法典 第688条、第693条 第2款、第694条 第2款',
    asOf: '2024-09-18',
    case: { debtors: joint, claims: principal },
    template: 'demand-letter',
    to: 1,
    refused: null,
    says: [
      '您为债务人对我司的付款义务提供连带责任保证，保证期间为主债务履行期限届满之日起6个月',
      '第六百八十八条、第六百九十一条',
      // No scope in the guarantee: the statutory one (民法典 第691条).
      '保证的范围包括主债权及其利息、违约金、损害赔偿金和实现债权的费用',
      '现请求您在保证范围内承担连带保证责任',
      '保证期间（至2024年9月18日届满）内向您提出的承担保证责任的请求（第六百九十三条第二款）',
      '债务人尚欠我司款项本金人民币1,000.00元',
    ],
    never: [...AS_BUYER, '第六百八十七条'],
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
    id: 'gl-joint-demanded-lawyer-letter',
    article: '民法典 第693条 第2款、第694条 第2款',
    asOf: '2024-10-01',
    case: { debtors: joint, claims: principal, events: [{ date: '2024-06-03', kind: 'demand-delivered', party: 1 }] },
    template: 'lawyer-letter',
    to: 1,
    refused: null,
    says: [
      '就您为乙公司（以下简称“债务人”）拖欠委托人的款项所负保证责任一事',
      '（《中华人民共和国民法典》第六百八十八条）',
      '委托人已于2024年6月3日在保证期间内请求您承担保证责任（第六百九十三条第二款）',
      '在保证范围内向委托人支付上述款项合计人民币1,000.00元',
    ],
    never: [...AS_BUYER, '本函即为'],
  },
  // A general guarantor may refuse until the debtor's property has been enforced against (第687条 第2款): the
  // letter gives notice and asks it to see the debtor pays; the period is kept only by suing the debtor (第693条 第1款).
  {
    id: 'gl-general-notice',
    article: '民法典 第687条、第693条 第1款',
    asOf: '2024-05-06',
    case: { debtors: general, claims: principal },
    template: 'demand-letter',
    to: 1,
    refused: null,
    says: [
      '提供一般保证',
      '第六百八十七条、第六百九十一条',
      '将在保证期间（至2024年9月18日届满）内对债务人提起诉讼或者申请仲裁（第六百九十三条第一款）',
      '请您督促债务人于2024年5月13日前付清上述款项',
    ],
    never: [...AS_BUYER, '第六百八十八条', '承担连带保证责任'],
  },
  {
    id: 'gl-general-lawyer-letter-after-suit',
    article: '民法典 第693条 第1款、第694条 第1款',
    asOf: '2024-10-01',
    case: { debtors: general, claims: principal, events: [{ date: '2024-08-01', kind: 'suit-filed', party: 0 }] },
    template: 'lawyer-letter',
    to: 1,
    refused: null,
    says: ['（《中华人民共和国民法典》第六百八十七条）', '委托人已于2024年8月1日在保证期间内对债务人提起诉讼或者申请仲裁'],
    never: [...AS_BUYER, '第六百八十八条'],
  },
  // Partly lapsed: c1's period ended 2024-09-18 unasked; c2 (due 2024-06-20) runs to 2024-12-20. The letter asks only c2.
  {
    id: 'gl-partly-lapsed',
    article: '民法典 第692条、第693条 第2款',
    asOf: '2024-10-08',
    case: {
      debtors: joint,
      claims: [
        claim('c1', '2024-03-15', '1000.00', { description: '一月货款' }),
        claim('c2', '2024-06-20', '2500.50', { description: '五月货款' }),
      ],
    },
    template: 'demand-letter',
    to: 1,
    refused: null,
    says: [
      '一月货款（保证期间于2024年9月18日届满），合计人民币1,000.00元',
      '保证期间（至2024年12月20日届满）',
      '保证范围内的款项人民币2,500.50元（大写：人民币贰仟伍佰元零伍角）',
    ],
    never: ['五月货款（保证期间', ...AS_BUYER],
  },
  // 民法典 第691条: the contract's own scope replaces the statutory one, where the letter states the basis and
  // where it demands the guarantee.
  {
    id: 'gl-joint-scope-agreed',
    article: '民法典 第691条、第688条',
    asOf: '2024-09-18',
    case: { debtors: debtorAndGuarantor({ kind: 'joint', scope: '主债权本金及逾期付款违约金' }), claims: principal },
    template: 'demand-letter',
    to: 1,
    refused: null,
    says: [
      '保证合同约定的保证范围为“主债权本金及逾期付款违约金”',
      '现请求您在保证合同约定的保证范围（主债权本金及逾期付款违约金）内承担连带保证责任',
      '请您于2024年9月25日前在保证合同约定的保证范围（主债权本金及逾期付款违约金）内将上述款项',
    ],
    never: ['保证的范围包括主债权及其利息、违约金、损害赔偿金和实现债权的费用', ...AS_BUYER],
  },
  {
    id: 'gl-joint-scope-lawyer-letter',
    article: '民法典 第691条、第688条',
    asOf: '2024-09-18',
    case: { debtors: debtorAndGuarantor({ kind: 'joint', scope: '本金人民币1,000元' }), claims: principal },
    template: 'lawyer-letter',
    to: 1,
    refused: null,
    says: [
      '保证合同约定的保证范围为“本金人民币1,000元”（第六百九十一条）',
      '在保证合同约定的保证范围（本金人民币1,000元）内向委托人支付上述款项合计人民币1,000.00元',
    ],
    never: ['保证的范围包括主债权及其利息'],
  },
  {
    id: 'gl-general-scope-agreed',
    article: '民法典 第691条、第687条',
    asOf: '2024-05-06',
    case: { debtors: debtorAndGuarantor({ kind: 'general', scope: '货款本金' }), claims: principal },
    template: 'demand-letter',
    to: 1,
    refused: null,
    says: [
      '第六百八十七条、第六百九十一条',
      '保证合同约定的保证范围为“货款本金”',
      '您应当在保证合同约定的保证范围（货款本金）内承担保证责任',
    ],
    never: ['保证的范围包括主债权及其利息', '第六百八十八条'],
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
