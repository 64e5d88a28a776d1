import type { LateCharge } from '../case/schema.js';
import { Dec } from '../money/decimal.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { boeTable, UK_STATUTORY_MARGIN, ukReferenceDate, ukReferenceRate } from './boe-base-rate.js';
import { dayBefore } from '../dates/calendar-date.js';
import { CalcInputError } from './errors.js';
import { exactRate, type ExactRate } from './exact-rate.js';
import { lprIndexOn, lprOn, lprTable } from './lpr.js';
import type { RateTable } from './rate-table.js';
import type { Language } from '../util/language.js';
import { statementWording } from './statement-wording.js';

/** One stretch of days on which the same rate applies. */
export interface RatePeriod {
  from: IsoDate;
  to: IsoDate;
  /** A decimal fraction: per day when `unit` is day, per year (divided by `basis`) when year. */
  rate: ExactRate;
  unit: 'day' | 'year';
  basis: 365 | 360 | null;
  /** How the rate was found, for a reader checking by hand: "1.5 × LPR 3.45%", "0.05% a day". */
  note: string;
}

/** A rate and its note in each language, built once per distinct rate: a bench of 10,000 cases otherwise spends its time here. */
interface NotedRate {
  rate: ExactRate;
  note: Record<Language, string>;
}

const EN = statementWording('en');
const ZH = statementWording('zh');

const percent = (rate: Dec) => `${rate.times(100).toString()}%`;
const NONE: readonly RatePeriod[] = [];

const agreedRates = { day: new Map<string, NotedRate>(), year: new Map<string, NotedRate>() };
function agreedRate(text: string, unit: 'day' | 'year'): NotedRate {
  let found = agreedRates[unit].get(text);
  if (!found) {
    const rate = new Dec(text);
    const shown = percent(rate);
    found = { rate: exactRate(rate), note: { en: EN.agreedRate(shown, unit), zh: ZH.agreedRate(shown, unit) } };
    agreedRates[unit].set(text, found);
  }
  return found;
}

// By multiplier text, then by the LPR table's own value objects.
const lprRates = new Map<string, Map<Dec, NotedRate>>();
function lprRate(multiplierText: string, lpr: Dec): NotedRate {
  let byLpr = lprRates.get(multiplierText);
  if (!byLpr) lprRates.set(multiplierText, (byLpr = new Map()));
  let found = byLpr.get(lpr);
  if (!found) {
    const multiplier = new Dec(multiplierText);
    const [times, shown] = [multiplier.toString(), percent(lpr)];
    found = { rate: exactRate(lpr.times(multiplier)), note: { en: EN.lprRate(times, shown), zh: ZH.lprRate(times, shown) } };
    byLpr.set(lpr, found);
  }
  return found;
}

// By reference date (the rate is fixed for the life of the debt), for the Bank Rate history they were read from.
const ukRates = new WeakMap<RateTable, Map<IsoDate, NotedRate>>();
function ukRate(chargesStart: IsoDate): NotedRate {
  const on = ukReferenceDate(chargesStart);
  let byDate = ukRates.get(boeTable());
  if (!byDate) ukRates.set(boeTable(), (byDate = new Map()));
  let found = byDate.get(on);
  if (!found) {
    const reference = ukReferenceRate(chargesStart);
    const shown = percent(reference);
    found = {
      rate: exactRate(UK_STATUTORY_MARGIN.plus(reference)),
      note: { en: EN.ukStatutoryRate(shown, on), zh: ZH.ukStatutoryRate(shown, on) },
    };
    byDate.set(on, found);
  }
  return found;
}

// By markup, then by the LPR table's own value objects.
const lossRates = new Map<string, Map<Dec, NotedRate>>();
/**
 * 买卖合同解释 第18条 第4款: the 1-year LPR in force when the breach happened (the claim's first day overdue), plus
 * `markup` (30–50 %), fixed for the claim.
 */
function overdueLossRate(markupText: string, chargesStart: IsoDate): NotedRate {
  if (chargesStart < LPR_LOSS_FROM)
    throw new CalcInputError(
      `a breach on ${chargesStart} is before 2019-08-20: 买卖合同解释 第18条 第4款 then uses the PBOC benchmark rate; use lateCharge kind annual-rate`,
    );
  let byLpr = lossRates.get(markupText);
  if (!byLpr) lossRates.set(markupText, (byLpr = new Map()));
  const lpr = lprOn(chargesStart);
  let found = byLpr.get(lpr);
  if (!found) {
    const markup = new Dec(markupText);
    const [plus, shown] = [percent(markup), percent(lpr)];
    found = {
      rate: exactRate(lpr.times(markup.plus(1))),
      note: { en: EN.overdueLossRate(shown, plus), zh: ZH.overdueLossRate(shown, plus) },
    };
    byLpr.set(lpr, found);
  }
  return found;
}
const LPR_LOSS_FROM = '2019-08-20';

/**
 * The rate periods covering `from`..`to` (both included) for a claim whose charges started on `chargesStart`
 * (the day after its due date), with notes in `language`. Empty when the case has no late charge.
 */
export function ratePeriods(
  spec: LateCharge,
  chargesStart: IsoDate,
  from: IsoDate,
  to: IsoDate,
  language: Language,
): readonly RatePeriod[] {
  if (from > to) return NONE;
  const period = (noted: NotedRate, unit: 'day' | 'year', basis: 365 | 360 | null, start = from, end = to): RatePeriod => ({
    from: start,
    to: end,
    rate: noted.rate,
    unit,
    basis,
    note: noted.note[language],
  });
  switch (spec.kind) {
    case 'none':
      return NONE;
    case 'daily-rate':
      return [period(agreedRate(spec.rate, 'day'), 'day', null)];
    case 'annual-rate':
      return [period(agreedRate(spec.rate, 'year'), 'year', spec.basis)];
    case 'lpr': {
      if (spec.mode === 'fixed') return [period(lprRate(spec.multiplier, lprOn(spec.fixedOn!)), 'year', spec.basis)];
      // 1-year LPR in force on each day: a new period on each publication that changed it.
      const values = lprTable().values;
      const periods: RatePeriod[] = [];
      let start = from;
      for (let i = lprIndexOn(from); ; i++) {
        const next = values[i + 1];
        const last = next === undefined || next.from > to;
        periods.push(
          period(lprRate(spec.multiplier, values[i]!.rate), 'year', spec.basis, start, last ? to : dayBefore(next.from)),
        );
        if (last) return periods;
        start = next.from;
      }
    }
    case 'overdue-loss':
      return [period(overdueLossRate(spec.markup, chargesStart), 'year', spec.basis)];
    case 'uk-statutory':
      return [period(ukRate(chargesStart), 'year', 365)];
  }
}
