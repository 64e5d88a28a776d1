import type { Claim, LateCharge } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { boeTable, ukReferenceDate } from './boe-base-rate.js';
import { dayAfter } from '../dates/calendar-date.js';
import { lprTable } from './lpr.js';
import type { RateSeries } from './rate-sources.js';
import type { RateTable } from './rate-table.js';
import type { StatementWording } from './statement-wording.js';

/**
 * A warning naming the period with no recorded rate, when a rate is needed after what the bundled data and
 * the user's added values cover (`completeThrough`): a value published since may be missing. Floating LPR
 * needs every day up to as-of; fixed LPR its `fixedOn`; the overdue loss each claim's first overdue day; UK
 * statutory interest the reference date of each claim. Adding the values of that period clears it.
 */
export function rateDataWarnings(spec: LateCharge, claims: readonly Claim[], asOf: IsoDate, words: StatementWording): string[] {
  if (spec.kind === 'lpr') return stale('lpr', lprTable(), spec.mode === 'fixed' ? spec.fixedOn! : asOf, words);
  if (spec.kind === 'overdue-loss') {
    // 买卖合同解释 第18条 第4款: the LPR of each claim's first overdue day; only days up to as-of are charged.
    const latest = claims.map((c) => dayAfter(c.dueDate)).reduce((a, b) => (a > b ? a : b));
    return stale('lpr', lprTable(), latest < asOf ? latest : asOf, words);
  }
  if (spec.kind === 'uk-statutory') {
    const latest = claims.map((c) => ukReferenceDate(dayAfter(c.dueDate))).reduce((a, b) => (a > b ? a : b));
    return latest <= asOf ? stale('boe', boeTable(), latest, words) : [];
  }
  return [];
}

function stale(series: RateSeries, table: RateTable, needed: IsoDate, words: StatementWording): string[] {
  if (needed <= table.completeThrough) return [];
  return [words.missingRates(series, dayAfter(table.completeThrough), needed)];
}
