import type { IsoDate } from '../dates/calendar-date.js';
import type { Language } from '../util/language.js';
import type { ActKind, ActOrigin, DebtLimitation, GuaranteeFact, LimitationEvent, LimitationNote } from './types.js';

/** What a basis sentence needs besides the result: the debt's name. */
export interface DebtName {
  claim: string;
  debt: string;
  instalments: boolean;
}

/** What a basis sentence needs of a result: the rule, the act that decided it, the start and any guarantee. */
export type BasisFacts = Pick<DebtLimitation, 'rule' | 'event' | 'start' | 'guarantee'>;

/**
 * The sentences of the limitation report, rendered from the structured results (rule, event, dates, notes), in
 * English or Chinese. Nothing reads these sentences back: every decision is in the fields they are made from.
 */
export interface LimitationWording {
  basis(result: BasisFacts, debt: DebtName): string;
  note(note: LimitationNote): string;
  debtLine(debt: DebtName, expiresOn: IsoDate | null, basis: string): string;
  allPaid: string;
  noRules: string;
  /** A 最高额保证 none of whose debts arose within its period (民法典 第690条). */
  noneGuaranteed: string;
}

const ACTS_EN: Record<ActKind, string> = {
  demand: 'demand for payment arrived', // 民法典 第195条 第1项; 诉讼时效规定 第8条
  acknowledgment: 'debtor acknowledged the debt', // 第195条 第2项; 诉讼时效规定 第14条
  promise: 'debtor promised to pay', // 诉讼时效规定 第14条 (请求延期履行, 制定清偿债务计划)
  payment: 'debtor paid in part', // 诉讼时效规定 第14条
  suit: 'suit filed', // 第195条 第3项
  suspension: 'an obstacle stopped the creditor', // 民法典 第194条
};

const ACTS_ZH: Record<ActKind, string> = {
  demand: '催款通知送达债务人',
  acknowledgment: '债务人确认债务',
  promise: '债务人承诺付款',
  payment: '债务人部分履行',
  suit: '提起诉讼',
  suspension: '发生不能行使请求权的障碍',
};

const EVENT_KINDS_ZH: Record<string, string> = {
  'demand-delivered': '催款送达',
  acknowledged: '债务确认',
  payment: '付款',
  'suit-filed': '起诉',
  'promise-to-pay': '承诺付款',
  'public-notice': '公告催收',
  suspension: '时效中止事由',
};

const STATUS_ZH = { 'in-transit': '在途', delivered: '已签收', refused: '拒收', returned: '退回' } as const;

const EVENT_KINDS_EN: Record<string, string> = {
  'demand-delivered': 'demand delivered',
  acknowledged: 'debt acknowledged',
  payment: 'payment',
  'suit-filed': 'suit filed',
  'promise-to-pay': 'promise to pay',
  'public-notice': 'public notice',
  suspension: 'cause of suspension',
};

const sourceEn = (o: ActOrigin): string =>
  o.list === 'events'
    ? `timeline entry ${o.index + 1} (${EVENT_KINDS_EN[o.eventKind] ?? o.eventKind})`
    : o.list === 'payments'
      ? `payment ${o.index + 1} (${o.amount})`
      : `mailing ${o.index + 1} (${o.carrier} ${o.trackingNo}, ${o.status})`;

const sourceZh = (o: ActOrigin): string =>
  o.list === 'events'
    ? `时间线第${o.index + 1}条（${EVENT_KINDS_ZH[o.eventKind] ?? o.eventKind}）`
    : o.list === 'payments'
      ? `第${o.index + 1}笔付款（${o.amount}）`
      : `第${o.index + 1}件邮寄（${o.carrier} ${o.trackingNo}，${STATUS_ZH[o.status]}）`;

const labelEn = (d: DebtName) => (d.instalments ? `instalments ${d.debt}` : `claim ${d.claim}`);
const labelZh = (d: DebtName) => (d.instalments ? `分期债务${d.debt}` : `债权${d.claim}`);
const periodEn = (g: GuaranteeFact) =>
  `guarantee period of ${g.months} months from ${g.from} ends ${g.periodEnd} (Civil Code art. 692)`;
const periodZh = (g: GuaranteeFact) => `保证期间自${g.from}起${g.months}个月，至${g.periodEnd}届满（民法典第692条）`;

const actEn = (e: LimitationEvent) => `${sourceEn(e)}: ${ACTS_EN[e.kind]} ${e.date}`;
const actZh = (e: LimitationEvent) => `${sourceZh(e)}：${e.date}${ACTS_ZH[e.kind]}`;

function basisEn(r: BasisFacts, d: DebtName): string {
  const due = `debt due ${r.start} (${labelEn(d)})`;
  const e = r.event;
  const g = r.guarantee;
  switch (r.rule) {
    case 'prc-interrupted':
      return `${actEn(e!)}; a new three-year period (Civil Code art. 195)`;
    case 'prc-revived':
      return `${actEn(e!)} after the period had run out, agreeing to perform; the defence is lost and a new period runs (Civil Code art. 192(2); SPC Limitation Provisions art. 19)`;
    case 'prc-suit':
      return `${sourceEn(e!)}: suit filed ${e!.date}; limitation interrupted, a new three-year period runs from the end of the proceedings (Civil Code art. 195 item 3)`;
    case 'prc-suspended':
      return `${sourceEn(e!)}: an obstacle in the last six months of the period suspended it; it ends six months after the obstacle ended (Civil Code art. 194)`;
    case 'prc-twenty-years':
      return `${due}; never more than twenty years from the day the right was infringed (Civil Code art. 188(2))`;
    case 'prc-guarantee-demanded':
      return `${sourceEn(e!)}: payment demanded from the joint guarantor ${e!.date}, within the ${periodEn(g!)}; guarantee debt limitation from then (Civil Code art. 694(2)); three years (Civil Code art. 188)`;
    case 'prc-guarantee-demand-by':
      return `${periodEn(g!)}: demand payment from the joint guarantor by then (Civil Code art. 693(2))`;
    case 'prc-guarantee-lapsed-joint':
      return `${periodEn(g!)} passed without a demand to the guarantor: the guarantee has lapsed (Civil Code art. 693(2))`;
    case 'prc-guarantee-sued':
      return `${sourceEn(e!)}: the debtor was sued ${e!.date}, within the ${periodEn(g!)}; the guarantee debt's limitation starts when the guarantor's right to refuse ends (Civil Code art. 694(1); SPC Guarantee Interpretation art. 28)`;
    case 'prc-guarantee-sue-by':
      return `${periodEn(g!)}: sue the debtor (or apply for arbitration) by then to keep the general guarantee (Civil Code art. 693(1))`;
    case 'prc-guarantee-lapsed-general':
      return `${periodEn(g!)} passed without a suit against the debtor: the general guarantee has lapsed (Civil Code art. 693(1))`;
    case 'prc-guarantor-principal':
      return `the principal debt's limitation runs out first (${e ? actEn(e) : due}); the guarantor may plead it (Civil Code art. 701; SPC Limitation Provisions art. 18)`;
    case 'en-six-years':
      return `debt due ${r.start} (${labelEn(d)}), cause of action accrued the next day; six years (Limitation Act 1980 s.5)`;
    case 'en-accrued-afresh':
      return `${sourceEn(e!)}: ${e!.kind === 'payment' ? 'part payment' : 'written acknowledgment'} ${e!.date}; the right accrues afresh, six years (Limitation Act 1980 s.29(5))`;
    case 'en-claim-issued':
      return `${sourceEn(e!)}: claim issued ${e!.date}, within the period; time stops running`;
    case 'prc-maximum-none-guaranteed':
      return EN.noneGuaranteed;
    case 'all-paid':
      return EN.allPaid;
    case 'no-rules':
      return EN.noRules;
    default:
      return `${due}; three years (Civil Code art. 188)`;
  }
}

function basisZh(r: BasisFacts, d: DebtName): string {
  const due = `${labelZh(d)}于${r.start}到期`;
  const e = r.event;
  const g = r.guarantee;
  switch (r.rule) {
    case 'prc-interrupted':
      return `${actZh(e!)}，诉讼时效中断，重新计算三年（民法典第195条）`;
    case 'prc-revived':
      return `${actZh(e!)}，在诉讼时效期间届满之后同意履行，债务人不得再以时效届满为由抗辩，重新计算三年（民法典第192条第2款；诉讼时效规定第19条）`;
    case 'prc-suit':
      return `${sourceZh(e!)}：${e!.date}提起诉讼，诉讼时效中断，自有关程序终结时起重新计算（民法典第195条第3项）`;
    case 'prc-suspended':
      return `${sourceZh(e!)}：诉讼时效期间的最后六个月内发生障碍，诉讼时效中止，自障碍消除之日起满六个月届满（民法典第194条）`;
    case 'prc-twenty-years':
      return `${due}，自权利受到损害之日起超过二十年的，人民法院不予保护（民法典第188条第2款）`;
    case 'prc-guarantee-demanded':
      return `${sourceZh(e!)}：${e!.date}在保证期间内向连带责任保证人请求承担保证责任（${periodZh(g!)}），保证债务的诉讼时效自该日起算（民法典第694条第2款），诉讼时效期间三年（民法典第188条）`;
    case 'prc-guarantee-demand-by':
      return `${periodZh(g!)}：须在此前向连带责任保证人请求承担保证责任（民法典第693条第2款）`;
    case 'prc-guarantee-lapsed-joint':
      return `${periodZh(g!)}，期间内未向保证人请求承担保证责任，保证人不再承担保证责任（民法典第693条第2款）`;
    case 'prc-guarantee-sued':
      return `${sourceZh(e!)}：${e!.date}在保证期间内对债务人提起诉讼（${periodZh(g!)}），保证债务的诉讼时效自保证人拒绝承担保证责任的权利消灭之日起算（民法典第694条第1款；担保制度解释第28条）`;
    case 'prc-guarantee-sue-by':
      return `${periodZh(g!)}：须在此前对债务人提起诉讼或者申请仲裁，以保留一般保证（民法典第693条第1款）`;
    case 'prc-guarantee-lapsed-general':
      return `${periodZh(g!)}，期间内未对债务人提起诉讼或者申请仲裁，一般保证人不再承担保证责任（民法典第693条第1款）`;
    case 'prc-guarantor-principal':
      return `主债务的诉讼时效先届满（${e ? actZh(e) : due}），保证人可以主张债务人的诉讼时效抗辩（民法典第701条；诉讼时效规定第18条）`;
    case 'en-six-years':
      return `${due}，诉因自次日产生，时效期间六年（英国《1980年时效法》第5条）`;
    case 'en-accrued-afresh':
      return `${sourceZh(e!)}：${e!.date}${e!.kind === 'payment' ? '部分付款' : '书面确认债务'}，请求权重新产生，时效期间六年（英国《1980年时效法》第29条第5款）`;
    case 'en-claim-issued':
      return `${sourceZh(e!)}：${e!.date}在时效期间内起诉，时效停止计算`;
    case 'prc-maximum-none-guaranteed':
      return ZH.noneGuaranteed;
    case 'all-paid':
      return ZH.allPaid;
    case 'no-rules':
      return ZH.noRules;
    default:
      return `${due}，诉讼时效期间三年（民法典第188条）`;
  }
}

function noteEn(n: LimitationNote): string {
  switch (n.code) {
    case 'moved-past-holiday':
      return `${n.from} is a statutory holiday or rest day: moved to ${n.to} (Civil Code art. 203)`;
    case 'no-holiday-notice':
      return `data/cn-holidays.json has no State Council notice for ${n.years.join(', ')}: only weekends and the days off the law fixes (National Holidays Measures art. 2) were considered; check when the notice is published`;
    case 'too-late':
      return `${sourceEn(n.event)} on ${n.event.date} came after the period ended on ${n.end}: it does not interrupt (Civil Code art. 192)`;
    case 'not-agreed':
      return `${sourceEn(n.event)} on ${n.event.date} does not show the debtor agrees to perform: it does not interrupt (Civil Code art. 195 item 2)`;
    case 'no-revival':
      return `${sourceEn(n.event)} on ${n.event.date} came after the period ended on ${n.end} and is not recorded as an agreement to perform: it does not revive the debt (SPC Limitation Provisions art. 19)`;
    case 'promise-needs-proof':
      return 'the date rests on a promise to pay: keep the proof of it (a signed plan, a message, a recording), or it may not count';
    case 'after-guarantee-lapsed':
      return `${sourceEn(n.event)} on ${n.event.date} came after the guarantee period ended on ${n.periodEnd}: a guarantor's signature then does not revive the guarantee unless a new guarantee contract was made (SPC Guarantee Interpretation art. 34(2))`;
    case 'maximum-guarantee-start':
      return n.from === n.settledOn
        ? `a maximum-amount guarantee: its guarantee period runs from the day its debts were fixed, ${n.settledOn}, the end of its period of debts, every guaranteed debt being due by then (SPC Guarantee Interpretation art. 30(2))`
        : `a maximum-amount guarantee: a guaranteed debt falls due after its debts were fixed on ${n.settledOn}, so its guarantee period runs from the last due date, ${n.from} (SPC Guarantee Interpretation art. 30(2))`;
    case 'principal-earlier':
      return `warning: the guarantor's own date would be ${n.own ?? 'open'}, but the principal debt's limitation ends ${n.principal}; the guarantor may plead it (Civil Code art. 701; SPC Limitation Provisions art. 18)`;
    case 'expired-defence':
      return `limitation ran out on ${n.on}: the debtor may refuse to perform, but the court does not raise this of its own motion (Civil Code arts. 192(1) and 193)`;
    case 'twenty-year-cap':
      return `the twenty-year limit from the due date ends ${n.cap} (Civil Code art. 188(2))`;
    case 'suspension-ongoing':
      return `${sourceEn(n.event)}: the obstacle has not ended; limitation is suspended, record its end date (Civil Code art. 194)`;
    case 'public-notice':
      return `${sourceEn(n.event)}: a public notice counts as a demand only if the debtor's whereabouts are unknown and it ran in a national or provincial medium (SPC Limitation Provisions art. 8(1) item 4)`;
    case 'en-guarantor':
      return 'a guarantor’s liability may accrue only on a demand under the guarantee: shown as for the principal debt (the earlier, safer date)';
    case 'en-too-late':
      return `${sourceEn(n.event)} on ${n.event.date} came after the period ended on ${n.end}: it cannot revive the claim (Limitation Act 1980 s.29(7))`;
  }
}

function noteZh(n: LimitationNote): string {
  switch (n.code) {
    case 'moved-past-holiday':
      return `${n.from}为法定休假日，期间顺延至${n.to}（民法典第203条）`;
    case 'no-holiday-notice':
      return `data/cn-holidays.json 尚无${n.years.join('、')}年的国务院放假通知：仅按周末和《全国年节及纪念日放假办法》第二条规定的假日计算，通知发布后请复核`;
    case 'too-late':
      return `${sourceZh(n.event)}发生于${n.event.date}，在诉讼时效期间届满（${n.end}）之后，不发生中断（民法典第192条）`;
    case 'not-agreed':
      return `${sourceZh(n.event)}（${n.event.date}）未表明债务人同意履行义务，不发生中断（民法典第195条第2项）`;
    case 'no-revival':
      return `${sourceZh(n.event)}发生于${n.event.date}，在诉讼时效期间届满（${n.end}）之后，且未记录债务人同意履行，不产生放弃时效抗辩的效果（诉讼时效规定第19条）`;
    case 'promise-needs-proof':
      return '该日期以债务人的付款承诺为依据：请保存承诺的证据（签字的还款计划、短信、录音），否则可能不被认定';
    case 'after-guarantee-lapsed':
      return `${sourceZh(n.event)}发生于${n.event.date}，在保证期间（${n.periodEnd}届满）之后：保证人签字不使保证责任恢复，除非成立新的保证合同（担保制度解释第34条第2款）`;
    case 'maximum-guarantee-start':
      return n.from === n.settledOn
        ? `最高额保证：被担保债权的履行期限均已届满，保证期间自债权确定之日（${n.settledOn}，即债权发生期间届满之日）起计算（担保制度解释第30条第2款）`
        : `最高额保证：被担保债权在债权确定之日（${n.settledOn}）尚未全部到期，保证期间自最后到期债权的履行期限届满之日（${n.from}）起计算（担保制度解释第30条第2款）`;
    case 'principal-earlier':
      return `提示：保证人自身的期限为${n.own ?? '未定'}，但主债务诉讼时效于${n.principal}届满，保证人可以主张该抗辩（民法典第701条；诉讼时效规定第18条）`;
    case 'expired-defence':
      return `诉讼时效已于${n.on}届满：义务人可以提出不履行义务的抗辩，但人民法院不得主动适用诉讼时效的规定（民法典第192条第1款、第193条）`;
    case 'twenty-year-cap':
      return `自到期日起二十年的最长保护期间于${n.cap}届满（民法典第188条第2款）`;
    case 'suspension-ongoing':
      return `${sourceZh(n.event)}：障碍尚未消除，诉讼时效中止；障碍消除后请记录其日期（民法典第194条）`;
    case 'public-notice':
      return `${sourceZh(n.event)}：公告仅在债务人下落不明、且刊登于国家级或其住所地省级有影响的媒体时，才视为提出履行请求（诉讼时效规定第8条第1款第4项）`;
    case 'en-guarantor':
      return '保证人的责任可能自依保证合同提出付款请求时才产生：此处按主债务计算（日期较早，更为稳妥）';
    case 'en-too-late':
      return `${sourceZh(n.event)}发生于${n.event.date}，在时效期间届满（${n.end}）之后，不能使请求权恢复（英国《1980年时效法》第29条第7款）`;
  }
}

const EN: LimitationWording = {
  basis: basisEn,
  note: noteEn,
  debtLine: (d, expiresOn, basis) => `${labelEn(d)}: ${expiresOn ?? '—'} — ${basis}`,
  allPaid: 'every claim is paid',
  noneGuaranteed:
    'none of the debts of the case arose within the maximum-amount guarantee’s period: the guarantor answers for none of them (Civil Code art. 690)',
  noRules: 'no limitation rules for en-US cases in this version',
};

const ZH: LimitationWording = {
  basis: basisZh,
  note: noteZh,
  debtLine: (d, expiresOn, basis) => `${labelZh(d)}：${expiresOn ?? '—'}——${basis}`,
  allPaid: '各项债权均已清偿',
  noneGuaranteed: '本案债权均非在最高额保证的债权发生期间内发生，保证人对其不承担保证责任（民法典第690条）',
  noRules: '本版本不计算美国案件的诉讼时效',
};

export function limitationWording(language: Language): LimitationWording {
  return language === 'zh' ? ZH : EN;
}
