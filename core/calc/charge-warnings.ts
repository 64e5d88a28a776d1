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
  const highest = highestRate(rows);
  const warnings: string[] = [];
  if (highest.high) warnings.push(words.highRate(highest.highShown));
  if (nature === 'loan-interest') {
    const formed = data.contract?.signedOn ?? earliestBreach(data);
    const lpr = lprFacts(lprAt(formed));
    if (highest.yearly.greaterThan(lpr.loanCap))
      warnings.push(words.loanCap(highest.shown, lpr.loanCapShown, formed, data.contract?.signedOn === undefined));
  }
  if (nature === 'penalty') {
    const breach = earliestBreach(data);
    const lpr = lprFacts(lprAt(breach));
    if (highest.yearly.greaterThan(lpr.penaltyLimit)) warnings.push(words.penaltyExcessive(highest.shown, lpr.shown, breach));
  }
  return warnings;
}

/** What the warnings need of one charged rate, worked out once per rate: a bench of 10,000 cases otherwise spends its time here. */
interface RateFacts {
  /** As a yearly rate: a daily rate × 365. */
  yearly: Dec;
  /** The yearly rate in percent, as the warnings show it. */
  shown: string;
  /** 36 % a year or 0.1 % a day or more: a court is unlikely to allow it in full. */
  high: boolean;
  /** The rate as the high-rate warning shows it: per day for a daily rate. */
  highShown: string;
}

const rateFacts = { day: new Map<string, RateFacts>(), year: new Map<string, RateFacts>() };
function factsOf(row: StatementRow): RateFacts {
  let facts = rateFacts[row.rateUnit].get(row.rate);
  if (!facts) {
    const rate = new Dec(row.rate);
    const daily = row.rateUnit === 'day' ? rate : null;
    const yearly = daily === null ? rate : rate.times(365);
    const shown = percent(yearly);
    const high = yearly.greaterThanOrEqualTo(HIGH_YEAR) || (daily !== null && daily.greaterThanOrEqualTo(HIGH_DAY));
    facts = { yearly, shown, high, highShown: daily === null ? shown : `${percent(daily)}/day` };
    rateFacts[row.rateUnit].set(row.rate, facts);
  }
  return facts;
}

/** The highest rate the rows charge. Rows share a few rates (one per rate period): each is compared once. */
function highestRate(rows: readonly StatementRow[]): RateFacts {
  let highest = factsOf(rows[0]!);
  const seen = new Set([highest]);
  let previous = rows[0]!;
  for (const row of rows) {
    if (row.rate === previous.rate && row.rateUnit === previous.rateUnit) continue;
    previous = row;
    const facts = factsOf(row);
    if (seen.has(facts)) continue;
    seen.add(facts);
    if (facts.yearly.greaterThan(highest.yearly)) highest = facts;
  }
  return highest;
}

/** The limits read from one LPR value (an object of the LPR table), worked out once per value. */
interface LprFacts {
  shown: string;
  loanCap: Dec;
  loanCapShown: string;
  penaltyLimit: Dec;
}

const lprFactsOf = new Map<Dec, LprFacts>();
function lprFacts(lpr: Dec): LprFacts {
  let facts = lprFactsOf.get(lpr);
  if (!facts) {
    const loanCap = lpr.times(LOAN_CAP);
    facts = { shown: percent(lpr), loanCap, loanCapShown: percent(loanCap), penaltyLimit: lpr.times(PENALTY_LOSS_MULTIPLE) };
    lprFactsOf.set(lpr, facts);
  }
  return facts;
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
