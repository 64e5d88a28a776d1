import type { CaseFile } from '../case/schema.js';
import { Dec } from '../money/decimal.js';
import { dayAfter, type IsoDate } from '../dates/calendar-date.js';
import { chargeNature } from './charge-nature.js';
import { lprOn, lprTable } from './lpr.js';
import type { StatementRow } from './statement-types.js';
import type { StatementWording } from './statement-wording.js';

const HIGH_YEAR = new Dec('0.36');
const HIGH_DAY = new Dec('0.001');
// 民间借贷规定 第25、28、29条: interest, overdue interest and other charges together within 4 × the LPR at formation.
const LOAN_CAP = new Dec(4);
// 民法典 第585条 第2款, 合同编通则解释 第65条 第2款: a 违约金 more than 30 % above the loss is generally excessive. With no
// other proof, the loss from late payment is taken at the statutory overdue-payment measure, LPR + 50 % (买卖合同解释
// 第18条 第4款, its top), so a rate above 1.3 × 1.5 = 1.95 × LPR may be reduced — only if the debtor asks.
const PENALTY_LOSS_MULTIPLE = new Dec('1.95');

/**
 * Warnings on the rate the case charges, by what the charge is in law. Read from the statement's own rows, so a
 * floating rate is judged on the highest rate it actually charged.
 */
export function chargeWarnings(data: CaseFile, rows: readonly StatementRow[], words: StatementWording): string[] {
  if (data.locale !== 'zh-CN') return []; // PRC rules; English and US rates are checked by their own law
  const nature = chargeNature(data.lateCharge);
  if (nature === 'none' || nature === 'uk-statutory' || rows.length === 0) return [];
  const { highest, yearly } = highestRate(rows);
  const shown = percent(yearly);
  const warnings: string[] = [];
  const daily = highest.rateUnit === 'day' ? new Dec(highest.rate) : null;
  if (yearly.greaterThanOrEqualTo(HIGH_YEAR) || (daily !== null && daily.greaterThanOrEqualTo(HIGH_DAY)))
    warnings.push(words.highRate(daily === null ? shown : `${percent(daily)}/day`));
  if (nature === 'loan-interest') {
    const formed = data.contract?.signedOn ?? earliestBreach(data);
    const cap = lprAt(formed).times(LOAN_CAP);
    if (yearly.greaterThan(cap)) warnings.push(words.loanCap(shown, percent(cap), formed, data.contract?.signedOn === undefined));
  }
  if (nature === 'penalty') {
    const breach = earliestBreach(data);
    const lpr = lprAt(breach);
    if (yearly.greaterThan(lpr.times(PENALTY_LOSS_MULTIPLE))) warnings.push(words.penaltyExcessive(shown, percent(lpr), breach));
  }
  return warnings;
}

/**
 * The first row charging the highest yearly rate, and that rate. Rows share a few rates (one per rate period), so
 * each distinct rate is read once: a statement can have a million rows.
 */
function highestRate(rows: readonly StatementRow[]): { highest: StatementRow; yearly: Dec } {
  let highest = rows[0]!;
  let yearly = annual(highest);
  const rateOf = (row: StatementRow) => `${row.rateUnit} ${row.rate}`;
  const seen = new Set([rateOf(highest)]);
  let previous = highest;
  for (const row of rows) {
    if (row.rate === previous.rate && row.rateUnit === previous.rateUnit) continue;
    previous = row;
    if (seen.has(rateOf(row))) continue;
    seen.add(rateOf(row));
    const rate = annual(row);
    if (rate.greaterThan(yearly)) [highest, yearly] = [row, rate];
  }
  return { highest, yearly };
}

/** The rate of one row as a yearly rate: a daily rate × 365. */
function annual(row: StatementRow): Dec {
  const rate = new Dec(row.rate);
  return row.rateUnit === 'day' ? rate.times(365) : rate;
}

function earliestBreach(data: CaseFile): IsoDate {
  return dayAfter(data.claims.map((c) => c.dueDate).reduce((a, b) => (a < b ? a : b)));
}

/** The LPR on `date`, or the first published when the date is earlier (the LPR began on 2019-08-20). */
function lprAt(date: IsoDate): Dec {
  const first = lprTable().values[0]!;
  return date < first.from ? first.rate : lprOn(date);
}

const percent = (rate: Dec) => `${rate.times(100).toDecimalPlaces(4).toString()}%`;
