import type { ErrorParams } from '../core/errors.js';
import type { Language } from '../core/util/language.js';

const KIND: Record<Language, Record<string, string>> = {
  zh: { judgment: '民事判决书', mediation: '民事调解书', award: '仲裁裁决书', 'payment-order': '支付令' },
  en: { judgment: 'judgment', mediation: 'mediation statement', award: 'arbitral award', 'payment-order': 'payment order' },
};

/** The rule core names (core/letters/judgment-held.ts), as each language cites it. */
const BASIS: Record<Language, Record<string, string>> = {
  zh: {
    'cpl-247': '民事诉讼法第二百四十七条',
    'cpl-248': '民事诉讼法第二百四十八条',
    'cpl-227': '民事诉讼法第二百二十七条第三款',
    'cpr-70.2': '英国民事诉讼规则 CPR 70.2',
    'reg-f-judgment-date': '12 CFR 1006.34(b)(3)(v)：判决后的债务自判决日起列明',
  },
  en: {
    'cpl-247': 'Civil Procedure Law art. 247',
    'cpl-248': 'Civil Procedure Law art. 248',
    'cpl-227': 'Civil Procedure Law art. 227(3)',
    'cpr-70.2': 'CPR 70.2',
    'reg-f-judgment-date': '12 CFR 1006.34(b)(3)(v): a judgment debt is itemized from the judgment date',
  },
};

/** The article that bars suing again on a decided case, where core names one. */
const BAR: Record<Language, Record<string, string>> = {
  zh: { 'cpl-127-5': '民事诉讼法第一百二十七条第五项' },
  en: { 'cpl-127-5': 'Civil Procedure Law art. 127(5)' },
};

/** Why a suit paper is not made once the case's judgment is in force (`filing.judgment-held`), in `language`. */
export function suitJudgmentHeldText(p: ErrorParams, language: Language): string {
  const kind = KIND[language][p.kind!] ?? KIND[language].judgment!;
  const basis = BASIS[language][p.basis!] ?? '';
  const bar = p.bar === undefined ? undefined : BAR[language][p.bar];
  return language === 'zh'
    ? `不能出具${p.letterZh}：本案的${kind}已于 ${p.effectiveOn} 生效（案号：${p.caseNumber}），文书日期 ${p.asOf} 时该纠纷已有定论，不再起诉${bar ? `（${bar}）` : ''}，下一步是申请强制执行（${basis}）。`
    : `${p.letterEn} not made: the case's ${kind} (${p.caseNumber}) took effect on ${p.effectiveOn}, so on the paper's date ${p.asOf} the dispute is decided and is not sued on again${bar ? ` (${bar})` : ''}; the next step is to enforce it (${basis}).`;
}

/** Why a pre-suit demand is not made once the case's judgment is in force (`letter.judgment-held`), in `language`. */
export function judgmentHeldText(p: ErrorParams, language: Language): string {
  const kind = KIND[language][p.kind!] ?? KIND[language].judgment!;
  const basis = BASIS[language][p.basis!] ?? '';
  return language === 'zh'
    ? `不能出具${p.letterZh}：本案的${kind}已于 ${p.effectiveOn} 生效（案号：${p.caseNumber}），函件日期 ${p.asOf} 时债务以该文书确定的为准，下一步是申请强制执行（${basis}），而不是按合同催款。`
    : `${p.letterEn} not made: the case's ${kind} (${p.caseNumber}) took effect on ${p.effectiveOn}, so on the letter date ${p.asOf} the debt is what it awards and the next step is to enforce it (${basis}), not to demand the contract debt.`;
}
