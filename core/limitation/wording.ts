import type { CaseFile } from '../case/schema.js';
import type { Language } from '../util/language.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { ActKind } from './acts.js';

type MailingStatus = CaseFile['mailings'][number]['status'];

/** A guarantee period: its length, the due date it runs from and its last day. */
export interface GuaranteePeriod {
  months: number;
  from: IsoDate;
  end: IsoDate;
}

/**
 * Every sentence the PRC limitation report is made of, in each language, each with the article it rests on.
 * The rules themselves live in prc-interruptions.ts, prc-guarantor.ts and prc-period.ts; this is only words.
 */
export interface LimitationWording {
  eventSource(index: number, kind: string): string;
  paymentSource(index: number, amount: string): string;
  mailingSource(index: number, carrier: string, trackingNo: string, status: MailingStatus): string;
  claimLabel(id: string): string;
  instalmentsLabel(key: string): string;
  debtDue(due: IsoDate, label: string): string;
  threeYears(start: string): string;
  suitInTime(source: string, date: IsoDate): string;
  tooLate(source: string, date: IsoDate, end: IsoDate): string;
  interrupted(source: string, kind: ActKind, date: IsoDate): string;
  revived(source: string, kind: ActKind, date: IsoDate): string;
  promiseNeedsProof: string;
  movedPastHoliday(from: IsoDate, to: IsoDate): string;
  noHolidayNotice(years: readonly number[]): string;
  jointDemanded(source: string, date: IsoDate, period: GuaranteePeriod): string;
  jointReleased(period: GuaranteePeriod): string;
  jointDemandBy(period: GuaranteePeriod): string;
  generalSued(source: string, date: IsoDate, period: GuaranteePeriod): string;
  generalReleased(period: GuaranteePeriod): string;
  generalSueBy(period: GuaranteePeriod): string;
  allPaid: string;
  otherDebt(label: string, expiresOn: IsoDate | null, basis: string): string;
}

const ACTS_EN: Record<ActKind, string> = {
  demand: 'demand for payment arrived', // 民法典 第195条 第1项; 诉讼时效规定 第8条
  acknowledgment: 'debtor acknowledged the debt', // 第195条 第2项; 诉讼时效规定 第14条
  promise: 'debtor promised to pay', // 诉讼时效规定 第14条 (请求延期履行, 制定清偿债务计划)
  payment: 'debtor paid in part', // 诉讼时效规定 第14条
  suit: 'suit filed', // 第195条 第3项
};

const ACTS_ZH: Record<ActKind, string> = {
  demand: '催款通知送达债务人',
  acknowledgment: '债务人确认债务',
  promise: '债务人承诺付款',
  payment: '债务人部分履行',
  suit: '提起诉讼',
};

const EVENT_KINDS_ZH: Record<string, string> = {
  'demand-delivered': '催款送达',
  acknowledged: '债务确认',
  payment: '付款',
  'suit-filed': '起诉',
  'promise-to-pay': '承诺付款',
};

const STATUS_ZH: Record<MailingStatus, string> = { 'in-transit': '在途', delivered: '已签收', refused: '拒收', returned: '退回' };

const periodEn = (p: GuaranteePeriod) => `guarantee period of ${p.months} months from ${p.from} ends ${p.end} (民法典 第692条)`;
const periodZh = (p: GuaranteePeriod) => `保证期间自${p.from}起${p.months}个月，至${p.end}届满（民法典第692条）`;

const EN: LimitationWording = {
  eventSource: (index, kind) => `events[${index}] ${kind}`,
  paymentSource: (index, amount) => `payments[${index}] (${amount})`,
  mailingSource: (index, carrier, trackingNo, status) => `mailings[${index}] (${carrier} ${trackingNo}) ${status}`,
  claimLabel: (id) => `claim ${id}`,
  instalmentsLabel: (key) => `instalments ${key}`,
  debtDue: (due, label) => `debt due ${due} (${label})`,
  threeYears: (start) => `${start}; three years (民法典 第188条)`,
  suitInTime: (source, date) =>
    `${source}: suit filed ${date}; limitation interrupted, a new three-year period runs from the end of the proceedings (民法典 第195条 第3项)`,
  tooLate: (source, date, end) =>
    `${source} on ${date} came after the period ended on ${end}: it does not interrupt (民法典 第192条)`,
  interrupted: (source, kind, date) => `${source}: ${ACTS_EN[kind]} ${date}; a new three-year period (民法典 第195条)`,
  revived: (source, kind, date) =>
    `${source}: ${ACTS_EN[kind]} ${date} after the period had run out; the defence is lost and a new period runs (民法典 第192条 第2款; 诉讼时效规定 第19条)`,
  promiseNeedsProof:
    'the date rests on a promise to pay: keep the proof of it (a signed plan, a message, a recording), or it may not count',
  movedPastHoliday: (from, to) => `${from} is a statutory holiday or rest day: moved to ${to} (民法典 第203条)`,
  noHolidayNotice: (years) =>
    `data/cn-holidays.json has no State Council notice for ${years.join(', ')}: only weekends were considered; check when the notice is published`,
  jointDemanded: (source, date, p) =>
    `${source}: payment demanded from the joint guarantor ${date}, within the ${periodEn(p)}; guarantee debt limitation from then (民法典 第694条 第2款)`,
  jointReleased: (p) =>
    `${periodEn(p)} passed without a demand to the guarantor: the guarantor is released (民法典 第693条 第2款)`,
  jointDemandBy: (p) => `${periodEn(p)}: demand payment from the joint guarantor by then (民法典 第693条 第2款)`,
  generalSued: (source, date, p) =>
    `${source}: the debtor was sued ${date}, within the ${periodEn(p)}; the guarantee debt's limitation starts when the guarantor's right to refuse ends (民法典 第694条 第1款; 担保制度解释 第28条)`,
  generalReleased: (p) =>
    `${periodEn(p)} passed without a suit against the debtor: the general guarantor is released (民法典 第693条 第1款)`,
  generalSueBy: (p) =>
    `${periodEn(p)}: sue the debtor (or apply for arbitration) by then to keep the general guarantee (民法典 第693条 第1款)`,
  allPaid: 'every claim is paid',
  otherDebt: (label, expiresOn, basis) => `${label}: ${expiresOn ?? '—'} — ${basis}`,
};

const ZH: LimitationWording = {
  eventSource: (index, kind) => `时间线第${index + 1}条（${EVENT_KINDS_ZH[kind] ?? kind}）`,
  paymentSource: (index, amount) => `第${index + 1}笔付款（${amount}）`,
  mailingSource: (index, carrier, trackingNo, status) => `第${index + 1}件邮寄（${carrier} ${trackingNo}，${STATUS_ZH[status]}）`,
  claimLabel: (id) => `债权${id}`,
  instalmentsLabel: (key) => `分期债务${key}`,
  debtDue: (due, label) => `${label}于${due}到期`,
  threeYears: (start) => `${start}，诉讼时效期间三年（民法典第188条）`,
  suitInTime: (source, date) => `${source}：${date}提起诉讼，诉讼时效中断，自有关程序终结时起重新计算（民法典第195条第3项）`,
  tooLate: (source, date, end) => `${source}发生于${date}，在诉讼时效期间届满（${end}）之后，不发生中断（民法典第192条）`,
  interrupted: (source, kind, date) => `${source}：${date}${ACTS_ZH[kind]}，诉讼时效中断，重新计算三年（民法典第195条）`,
  revived: (source, kind, date) =>
    `${source}：${date}${ACTS_ZH[kind]}，在诉讼时效期间届满之后，债务人不得再以时效届满为由抗辩，重新计算三年（民法典第192条第2款；诉讼时效规定第19条）`,
  promiseNeedsProof: '该日期以债务人的付款承诺为依据：请保存承诺的证据（签字的还款计划、短信、录音），否则可能不被认定',
  movedPastHoliday: (from, to) => `${from}为法定休假日，期间顺延至${to}（民法典第203条）`,
  noHolidayNotice: (years) => `data/cn-holidays.json 尚无${years.join('、')}年的国务院放假通知：仅按周末计算，通知发布后请复核`,
  jointDemanded: (source, date, p) =>
    `${source}：${date}在保证期间内向连带责任保证人请求承担保证责任（${periodZh(p)}），保证债务的诉讼时效自该日起算（民法典第694条第2款）`,
  jointReleased: (p) => `${periodZh(p)}，期间内未向保证人请求承担保证责任，保证人不再承担保证责任（民法典第693条第2款）`,
  jointDemandBy: (p) => `${periodZh(p)}：须在此前向连带责任保证人请求承担保证责任（民法典第693条第2款）`,
  generalSued: (source, date, p) =>
    `${source}：${date}在保证期间内对债务人提起诉讼（${periodZh(p)}），保证债务的诉讼时效自保证人拒绝承担保证责任的权利消灭之日起算（民法典第694条第1款；担保制度解释第28条）`,
  generalReleased: (p) =>
    `${periodZh(p)}，期间内未对债务人提起诉讼或者申请仲裁，一般保证人不再承担保证责任（民法典第693条第1款）`,
  generalSueBy: (p) => `${periodZh(p)}：须在此前对债务人提起诉讼或者申请仲裁，以保留一般保证（民法典第693条第1款）`,
  allPaid: '各项债权均已清偿',
  otherDebt: (label, expiresOn, basis) => `${label}：${expiresOn ?? '—'}——${basis}`,
};

export function limitationWording(language: Language): LimitationWording {
  return language === 'zh' ? ZH : EN;
}
