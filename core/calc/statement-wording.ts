import type { Language } from '../util/language.js';

/** The statement's own sentences (rate notes, warnings), in each language; the figures are the same. */
export interface StatementWording {
  agreedRate(percent: string, unit: 'day' | 'year'): string;
  lprRate(multiplier: string, lprPercent: string): string;
  overdueLossRate(lprPercent: string, plusPercent: string): string;
  paymentAfterAsOf(amount: string, date: string, asOf: string): string;
  credit(amount: string): string;
  staleRates(file: string, completeThrough: string, needed: string, publisher: string): string;
  noWords(reason: string): string;
}

const EN: StatementWording = {
  agreedRate: (percent, unit) => `${percent} ${unit === 'day' ? 'a day' : 'a year'}`,
  lprRate: (multiplier, lprPercent) => `${multiplier} × LPR ${lprPercent}`,
  overdueLossRate: (lprPercent, plusPercent) => `LPR ${lprPercent} at the breach + ${plusPercent}`,
  paymentAfterAsOf: (amount, date, asOf) => `payment of ${amount} on ${date} is after the as-of date ${asOf} and is not counted`,
  credit: (amount) => `payments exceed everything owed by ${amount}: shown as credit`,
  staleRates: (file, completeThrough, needed, publisher) =>
    `${file} is complete through ${completeThrough} but a rate for ${needed} is needed: ` +
    `if ${publisher} published a new value since, add it (docs/calculations.md) and run calc again`,
  noWords: (reason) => `total not written in words: ${reason}`,
};

const ZH: StatementWording = {
  agreedRate: (percent, unit) => (unit === 'day' ? `每日${percent}` : `年利率${percent}`),
  lprRate: (multiplier, lprPercent) => `LPR ${lprPercent}的${multiplier}倍`,
  overdueLossRate: (lprPercent, plusPercent) => `违约时LPR ${lprPercent}加计${plusPercent}`,
  paymentAfterAsOf: (amount, date, asOf) => `${date}的付款${amount}晚于计算截止日${asOf}，未计入`,
  credit: (amount) => `付款超出全部欠款${amount}，列为多付款项`,
  staleRates: (file, completeThrough, needed) =>
    `${file}的数据截至${completeThrough}，但需要${needed}的利率：如此后公布了新值，请按 docs/calculations.md 补充后重新计算`,
  noWords: (reason) => `未能写出大写金额：${reason}`,
};

export function statementWording(language: Language): StatementWording {
  return language === 'zh' ? ZH : EN;
}
