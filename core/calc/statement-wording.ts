import type { Language } from '../util/language.js';
import type { RateSeries } from './rate-sources.js';

/** The statement's own sentences (rate notes, warnings), in each language; the figures are the same. */
export interface StatementWording {
  agreedRate(percent: string, unit: 'day' | 'year'): string;
  lprRate(multiplier: string, lprPercent: string): string;
  overdueLossRate(lprPercent: string, plusPercent: string): string;
  /** Late Payment of Commercial Debts (Interest) Act 1998: 8 % over Bank Rate in force on the reference date. */
  ukStatutoryRate(bankRatePercent: string, referenceDate: string): string;
  paymentAfterAsOf(amount: string, date: string, asOf: string): string;
  credit(amount: string): string;
  /** No value of `series` is recorded for `from`..`to`, and one is needed. */
  missingRates(series: RateSeries, from: string, to: string): string;
  noWords(reason: string): string;
  highRate(rate: string): string;
  loanCap(rate: string, cap: string, formed: string, guessed: boolean): string;
  penaltyExcessive(rate: string, lpr: string, breach: string): string;
}

const EN: StatementWording = {
  agreedRate: (percent, unit) => `${percent} ${unit === 'day' ? 'a day' : 'a year'}`,
  lprRate: (multiplier, lprPercent) => `${multiplier} × LPR ${lprPercent}`,
  overdueLossRate: (lprPercent, plusPercent) => `LPR ${lprPercent} at the breach + ${plusPercent}`,
  ukStatutoryRate: (bankRatePercent, referenceDate) => `8% + Bank Rate ${bankRatePercent} on ${referenceDate}`,
  paymentAfterAsOf: (amount, date, asOf) => `payment of ${amount} on ${date} is after the as-of date ${asOf} and is not counted`,
  credit: (amount) => `payments exceed everything owed by ${amount}: shown as credit`,
  missingRates: (series, from, to) =>
    `no ${series === 'lpr' ? '1-year LPR' : 'Bank of England Bank Rate'} is recorded ${from === to ? `for ${from}` : `from ${from} to ${to}`}, ` +
    `which this calculation needs: add the values ${series === 'lpr' ? 'published' : 'in force'} in that period ` +
    '(Settings › Rates, or casepack rates add) and calculate again',
  noWords: (reason) => `total not written in words: ${reason}`,
  highRate: (rate) =>
    `the late charge reaches ${rate} (36% a year or 0.1% a day or more): a court is unlikely to allow it in full`,
  loanCap: (rate, cap, formed, guessed) =>
    `loan interest at ${rate} a year is above 4 × the 1-year LPR on ${formed} (${cap})` +
    `${guessed ? ', taken at the first overdue day as contract.signedOn is missing' : ''}: ` +
    'the excess is not recoverable (SPC Private Lending Provisions arts. 25, 28 and 29)',
  penaltyExcessive: (rate, lpr, breach) =>
    `the agreed liquidated damages for late payment (${rate} a year) are more than 30% above the overdue-payment loss ` +
    `(LPR ${lpr} on ${breach} plus 50%): a court may reduce them only if the debtor asks ` +
    '(Civil Code art. 585(2); SPC Interpretation on the General Part of the Contract Book art. 65)',
};

const ZH: StatementWording = {
  agreedRate: (percent, unit) => (unit === 'day' ? `每日${percent}` : `年利率${percent}`),
  lprRate: (multiplier, lprPercent) => `LPR ${lprPercent}的${multiplier}倍`,
  overdueLossRate: (lprPercent, plusPercent) => `违约时LPR ${lprPercent}加计${plusPercent}`,
  ukStatutoryRate: (bankRatePercent, referenceDate) => `英格兰银行基准利率${bankRatePercent}（${referenceDate}）加8%`,
  paymentAfterAsOf: (amount, date, asOf) => `${date}的付款${amount}晚于计算截止日${asOf}，未计入`,
  credit: (amount) => `付款超出全部欠款${amount}，列为多付款项`,
  missingRates: (series, from, to) =>
    `本计算需要${from === to ? from : `${from}至${to}期间`}的${series === 'lpr' ? '一年期LPR' : '英格兰银行基准利率'}，但尚未录入：` +
    '请在“设置 › 利率”中（或用 casepack rates add）补录该期间公布的数值后重新计算',
  noWords: (reason) => `未能写出大写金额：${reason}`,
  highRate: (rate) => `逾期费用标准达到${rate}（年36%或日0.1%以上），法院一般不会全额支持`,
  loanCap: (rate, cap, formed, guessed) =>
    `借款逾期利率年${rate}超过${formed}一年期LPR的四倍（${cap}）` +
    `${guessed ? '（合同未填写签订日期，按首个逾期日计）' : ''}，超过部分法院不予支持（民间借贷规定 第25、28、29条）`,
  penaltyExcessive: (rate, lpr, breach) =>
    `约定的违约金（年化${rate}）超过逾期付款损失（${breach}的LPR ${lpr}加计50%）的30%：债务人请求调整的，法院可以适当减少；` +
    '债务人未请求的，法院不主动调整（民法典 第585条第2款、合同编通则解释 第65条）',
};

export function statementWording(language: Language): StatementWording {
  return language === 'zh' ? ZH : EN;
}
