import type { Language } from '../util/language.js';
import type { Category, Finding } from './types.js';

type Text = { zh: string; en: string };

/** The category of a finding, as a reader sees it. */
export const CATEGORY_NAMES: Record<Category, Text> = {
  threat: { zh: '威胁暴力或限制人身自由', en: 'Threat of violence or detention' },
  harassment: { zh: '骚扰（时间、频率、上门滞留）', en: 'Harassment (time, frequency, presence)' },
  disclosure: { zh: '向第三人披露债务', en: 'Disclosure to third parties' },
  shaming: { zh: '公开羞辱', en: 'Public shaming' },
  insult: { zh: '侮辱性言辞', en: 'Abusive language' },
  'false-legal-claim': { zh: '虚假或误导性的法律陈述', en: 'False or misleading legal claim' },
  'criminal-accusation': { zh: '无事实依据的刑事指控', en: 'Criminal accusation without the facts' },
  'service-cut': { zh: '以停止物业服务催费', en: 'Cutting property services to collect fees' },
  'unlawful-fee': { zh: '无依据的费用', en: 'Fee without a basis' },
  'personal-account': { zh: '付款至个人账户', en: 'Payment to a personal account' },
  document: { zh: '文书用语', en: 'Wording for this document' },
};

const BY_CATEGORY: Record<Category, Text> = {
  threat: {
    zh: '威胁对方或其家人的人身、财产安全，或不让对方离开，任何债务的催收都不得如此。',
    en: 'Threatening the person, their family or property, or keeping them from leaving, is never lawful in collecting any debt.',
  },
  harassment: {
    zh: '深夜、反复的电话或上门守候、滞留，侵扰私人生活安宁。',
    en: 'Calls at night or without end, and waiting at the home or workplace, intrude on private life.',
  },
  disclosure: {
    zh: '把债务告诉家人、单位、同事、邻居、联系人或群聊，是向与债务无关的人披露个人信息。',
    en: 'Telling family, an employer, colleagues, neighbours, contacts or a group about the debt discloses it to people who owe nothing.',
  },
  shaming: {
    zh: '横幅、张贴、网上曝光或“黑名单”公开羞辱对方，侵害名誉与隐私。',
    en: 'Banners, posters, posting online or a "blacklist" shame the person in public and harm their reputation and privacy.',
  },
  insult: {
    zh: '侮辱性的称呼与言辞侵害名誉，并削弱债权人的立场。',
    en: 'Abusive words harm reputation and weaken the creditor’s case.',
  },
  'false-legal-claim': {
    zh: '说法院、警方已经或必然采取的措施（起诉、查封、执行、拘留、失信、限高），而案件中并未发生，或以国家机关名义出函，都是虚假陈述。只可写将依法起诉、申请保全，或判决生效后不履行时可申请执行。',
    en: 'Saying a court or the police have taken, or will surely take, a step (a suit, seizure, enforcement, arrest, a defaulters’ list) that the case does not show, or writing as an authority, is false. Say only that a claim will be issued or what a court may order after a judgment.',
  },
  'criminal-accusation': {
    zh: '欠款不还本身不是犯罪；没有事实依据的诈骗、报警、坐牢之说是捏造事实。信用卡恶意透支只在法定条件具备时可以提及。',
    en: 'Not paying a debt is not a crime; talk of fraud, police or prison without the facts is false.',
  },
  'service-cut': {
    zh: '物业服务人不得以停水、停电、停暖、停气、停电梯、限制门禁或车辆出入等方式催交物业费，只可催告后起诉或申请仲裁。',
    en: 'A property manager may not collect fees by cutting water, power, heating, gas, lifts, access or parking; only a demand, then a suit or arbitration.',
  },
  'unlawful-fee': {
    zh: '只能请求约定或法律规定的款项；催收费、上门费、罚款之类既无约定也无法律依据。',
    en: 'Only what the agreement or the law allows may be asked for; collection, visit or penalty fees are neither.',
  },
  'personal-account': {
    zh: '款项应付至债权人自己的账户；付至个人账户、微信或收款码易生诈骗，也未必消灭债务。',
    en: 'Payment must go to the creditor’s own account; a personal account or app invites fraud and may not discharge the debt.',
  },
  document: { zh: '这一用语不适合此类文书。', en: 'This wording does not fit this kind of document.' },
};

const BY_RULE: Record<string, Text> = {
  'zh-late-fee-term': {
    zh: '滞纳金是行政法用语；民事主体之间应写违约金或逾期付款损失，除非合同本身使用该词。',
    en: '滞纳金 is an administrative term; between private parties write 违约金 or 逾期付款损失 unless the contract uses it.',
  },
  'zh-ack-reservation': {
    zh: '仅确认收到、不代表认可之类的保留用语，会使确认书失去同意履行的效力。',
    en: 'Words that confirm only receipt, or deny admitting the debt, defeat an acknowledgment.',
  },
  'guarantor-lapsed-ack': {
    zh: '保证期间已届满而债权人未主张权利，保证责任已消灭；保证人签署确认也不能使其恢复。不要向保证人发送确认书。',
    en: 'The guarantee period ended without the creditor acting: the guarantee is gone, and a signed confirmation does not revive it.',
  },
  'guarantor-lapsed-demand': {
    zh: '保证期间已届满而债权人未主张权利，保证责任已消灭，不能再向保证人催要。',
    en: 'The guarantee period ended without the creditor acting: the guarantor owes nothing and may not be asked to pay.',
  },
  'time-barred-suit': {
    zh: '诉讼时效已届满：提及起诉时必须同时说明对方可以提出时效抗辩。',
    en: 'The debt is time-barred: a suit may be mentioned only if the letter says the debtor may raise the limitation defence.',
  },
  'time-barred-suit-reg-f': {
    zh: '美国消费债务诉讼时效已届满：Reg F 禁止起诉或以起诉相威胁。',
    en: 'The consumer debt is time-barred: Reg F forbids suing or threatening to sue on it.',
  },
  'interest-above-cap': {
    zh: '所写利率为年 {rate}%，超过上限 年 {cap}%（民间借贷为一年期LPR的四倍），超出部分法院不予支持。',
    en: 'The stated rate is {rate}% a year, above the cap of {cap}% (4 × the one-year LPR for private loans); a court will not award the excess.',
  },
};

/** Why a finding is not allowed, in the reader's language, with its parameters filled in. */
export function findingReason(finding: Pick<Finding, 'ruleId' | 'category' | 'params'>, language: Language): string {
  const text = (BY_RULE[finding.ruleId] ?? BY_CATEGORY[finding.category])[language];
  return text.replace(/\{(\w+)\}/g, (_, key: string) => finding.params?.[key] ?? key);
}

export function categoryName(category: Category, language: Language): string {
  return CATEGORY_NAMES[category][language];
}
