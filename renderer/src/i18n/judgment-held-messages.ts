import type { Language } from './messages.js';

type Params = Record<string, string | number>;

const KIND: Record<Language, Record<string, string>> = {
  zh: { judgment: '民事判决书', mediation: '民事调解书', award: '仲裁裁决书', 'payment-order': '支付令' },
  en: { judgment: 'judgment', mediation: 'mediation statement', award: 'arbitral award', 'payment-order': 'payment order' },
};

/** The rule core names for `letter.judgment-held` (core/letters/judgment-held.ts), as each language cites it. */
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

/** A pre-suit demand refused because the case's judgment is in force on the letter's date, in the interface's language. */
function judgmentHeld(p: Params, language: Language): string {
  const kind = KIND[language][p.kind!] ?? KIND[language].judgment!;
  const basis = BASIS[language][p.basis!] ?? '';
  return language === 'zh'
    ? `不能出具${p.letterZh}：本案的${kind}已于 ${p.effectiveOn} 生效（案号：${p.caseNumber}），函件日期 ${p.asOf} 时债务以该文书确定的为准，下一步是申请强制执行（${basis}），而不是按合同催款。`
    : `${p.letterEn} not made: the case's ${kind} (${p.caseNumber}) took effect on ${p.effectiveOn}, so on the letter date ${p.asOf} the debt is what it awards and the next step is to enforce it (${basis}), not to demand the contract debt.`;
}

export const judgmentHeldErrorsZh = { 'letter.judgment-held': (p: Params) => judgmentHeld(p, 'zh') };
export const judgmentHeldErrorsEn = { 'letter.judgment-held': (p: Params) => judgmentHeld(p, 'en') };
