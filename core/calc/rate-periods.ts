import type { LateCharge } from '../case/schema.js';
import { Dec } from '../money/decimal.js';
import type { IsoDate } from '../util/calendar-date.js';
import { UK_STATUTORY_MARGIN, ukReferenceDate, ukReferenceRate } from './boe-base-rate.js';
import { dayBefore } from './day-math.js';
import { lprOn, lprTable } from './lpr.js';
import { changesWithin } from './rate-table.js';

/** One stretch of days on which the same rate applies. */
export interface RatePeriod {
  from: IsoDate;
  to: IsoDate;
  /** A decimal fraction: per day when `unit` is day, per year (divided by `basis`) when year. */
  rate: Dec;
  unit: 'day' | 'year';
  basis: 365 | 360 | null;
  /** How the rate was found, for a reader checking by hand: "1.5 × LPR 3.45% (2023-08-21)". */
  note: string;
}

const percent = (rate: Dec) => `${rate.times(100).toString()}%`;

// Rates are parsed once per distinct string: a bench of 10,000 cases otherwise spends its time here.
const parsed = new Map<string, Dec>();
function dec(text: string): Dec {
  let value = parsed.get(text);
  if (!value) parsed.set(text, (value = new Dec(text)));
  return value;
}

const notes = new Map<string, string>();
function percentNote(rate: string, per: string): string {
  const key = `${rate} ${per}`;
  let note = notes.get(key);
  if (!note) notes.set(key, (note = `${percent(dec(rate))} ${per}`));
  return note;
}

/**
 * The rate periods covering `from`..`to` (both included) for a claim whose charges started on `chargesStart`
 * (the day after its due date). Empty when the case has no late charge.
 */
export function ratePeriods(spec: LateCharge, chargesStart: IsoDate, from: IsoDate, to: IsoDate): RatePeriod[] {
  if (from > to) return [];
  switch (spec.kind) {
    case 'none':
      return [];
    case 'daily-rate':
      return [{ from, to, rate: dec(spec.rate), unit: 'day', basis: null, note: percentNote(spec.rate, 'a day') }];
    case 'annual-rate':
      return [{ from, to, rate: dec(spec.rate), unit: 'year', basis: spec.basis, note: percentNote(spec.rate, 'a year') }];
    case 'lpr':
      return spec.mode === 'fixed' ? [lprPeriod(spec, spec.fixedOn!, from, to)] : floatingLpr(spec, from, to);
    case 'uk-statutory': {
      const reference = ukReferenceRate(chargesStart);
      const rate = UK_STATUTORY_MARGIN.plus(reference);
      const note = `8% + Bank Rate ${percent(reference)} on ${ukReferenceDate(chargesStart)}`;
      return [{ from, to, rate, unit: 'year', basis: 365, note }];
    }
  }
}

type LprSpec = Extract<LateCharge, { kind: 'lpr' }>;

function lprPeriod(spec: LprSpec, rateDate: IsoDate, from: IsoDate, to: IsoDate): RatePeriod {
  const lpr = lprOn(rateDate);
  const multiplier = dec(spec.multiplier);
  return {
    from,
    to,
    rate: lpr.times(multiplier),
    unit: 'year',
    basis: spec.basis,
    note: `${multiplier.toString()} × LPR ${percent(lpr)}`,
  };
}

/** 1-year LPR in force on each day: a new period on each publication that changed it. */
function floatingLpr(spec: LprSpec, from: IsoDate, to: IsoDate): RatePeriod[] {
  const starts = [from, ...changesWithin(lprTable(), from, to)];
  return starts.map((start, i) => {
    const next = starts[i + 1];
    return lprPeriod(spec, start, start, next === undefined ? to : dayBefore(next));
  });
}
