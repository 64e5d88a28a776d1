import { addMonthsCorresponding } from '../dates/period-end.js';
import { Dec } from '../money/decimal.js';
import { toDayNumber, type IsoDate } from '../dates/calendar-date.js';
import type { WordingContext } from './types.js';

/** 妨害信用卡管理刑事案件解释 (as amended in 2018) 第8条: 恶意透支 of 5万元 or more is 数额较大. */
const LARGE_PRINCIPAL = new Dec(50000);

/**
 * The second of two effective demands: the first demand after `first` that is at least 30 days later
 * (2018 解释 第7条 第1款 第3项: 两次催收至少间隔三十日). Null when there is no such pair.
 */
export function secondEffectiveDemand(demandDates: readonly IsoDate[]): IsoDate | null {
  const days = [...demandDates].sort();
  const first = days[0];
  if (first === undefined) return null;
  return days.find((d) => toDayNumber(d) - toDayNumber(first) >= 30) ?? null;
}

/**
 * 刑法 第196条 (恶意透支) may be named only when the facts of the case meet it: two effective demands, more
 * than three months unpaid since the second (2018 解释 第6条), on unpaid principal of at least 5万元 (第8条,
 * 第9条: principal only, not interest or fees), counted to the letter's date.
 */
export function cardFraudMayBeCited(context: WordingContext): boolean {
  const card = context.creditCard;
  if (!card || !context.asOf || new Dec(card.principal).lessThan(LARGE_PRINCIPAL)) return false;
  const second = secondEffectiveDemand(card.demandDates);
  if (second === null || second > context.asOf) return false;
  return context.asOf > addMonthsCorresponding(second, 3); // 超过三个月仍不归还
}
