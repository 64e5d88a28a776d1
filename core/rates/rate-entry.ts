import { Dec } from '../money/decimal.js';
import { isCalendarDate, type IsoDate } from '../dates/calendar-date.js';
import { CasePackError } from '../errors.js';
import { bundledRateTable, RATE_SERIES, type RateSeries, type UserRate } from '../calc/rate-sources.js';

/** A rate as a person enters it: the value in percent ("3.0", "3.0%"), where it was published. */
export interface RateInput {
  series: string;
  date: string;
  rate: string;
  source: string;
}

export type RateEntryReason =
  | 'series'
  | 'date-format'
  | 'date-future'
  | 'date-covered'
  | 'duplicate'
  | 'order'
  | 'value-format'
  | 'value-range'
  | 'source-missing'
  | 'source-too-long'
  | 'not-found'
  | 'file-empty'
  | 'file-columns'
  | 'file-too-many';

/** Where a refused value came from, when it came from a file. */
export interface RateRowPlace {
  file: string;
  row: number;
}

/** A rate entry refused: `reason` and `params` for the UI to word, a one-line English message for the CLI. */
export class RateEntryError extends CasePackError {
  override name = 'RateEntryError';
  readonly code = 'rate-entry';
  constructor(
    readonly reason: RateEntryReason,
    readonly details: Record<string, string | number>,
    detail: string,
    place?: RateRowPlace,
  ) {
    super(`${place ? `${place.file} row ${place.row}, ` : ''}${detail}`);
    if (place) Object.assign(this.details, place);
  }

  get params() {
    return { reason: this.reason, ...this.details };
  }
}

/** The sane range of each series, in percent: the LPR has never been near 1 %, Bank Rate never below 0.1 %. */
export const RATE_RANGE: Record<RateSeries, { min: string; max: string }> = {
  lpr: { min: '1', max: '20' },
  boe: { min: '0.05', max: '20' },
};
const SERIES_NAME: Record<RateSeries, string> = { lpr: '1-year LPR', boe: 'Bank Rate' };
const PERCENT = /^(\d{1,2}(?:\.\d{1,3})?)\s*%?$/;
const SOURCE_MAX = 300;

export function isRateSeries(text: string): text is RateSeries {
  return (RATE_SERIES as readonly string[]).includes(text);
}

/**
 * Checks one value before it is stored: a known series, a real date after the bundled data and not after
 * `today`, not a date already recorded (`existing`), a percentage in the series' range, a source.
 */
export function checkRateEntry(input: RateInput, today: IsoDate, existing: readonly UserRate[], place?: RateRowPlace): UserRate {
  const refuse = (reason: RateEntryReason, details: Record<string, string | number>, detail: string): never => {
    throw new RateEntryError(reason, details, detail, place);
  };
  const series = input.series.trim();
  if (!isRateSeries(series))
    return refuse('series', { field: 'series', value: series }, `series: expected lpr or boe, not "${series}"`);
  const date = input.date.trim();
  if (!isCalendarDate(date))
    return refuse('date-format', { field: 'date', value: date }, `date: "${date}" is not a date YYYY-MM-DD`);
  if (date > today) return refuse('date-future', { field: 'date', date, today }, `date: ${date} is after today (${today})`);
  const bundled = bundledRateTable(series).completeThrough;
  if (date <= bundled)
    refuse(
      'date-covered',
      { field: 'date', date, series, coveredThrough: bundled },
      `date: the bundled ${SERIES_NAME[series]} data already covers up to ${bundled}; add values after that day`,
    );
  if (existing.some((r) => r.series === series && r.from === date))
    refuse('duplicate', { field: 'date', date, series }, `date: a ${SERIES_NAME[series]} value for ${date} is already recorded`);
  const match = PERCENT.exec(input.rate.trim());
  if (!match)
    return refuse(
      'value-format',
      { field: 'rate', value: input.rate.trim() },
      `rate: "${input.rate.trim()}" is not a percentage such as 3.05 or 3.05%`,
    );
  const percent = new Dec(match[1]!);
  const { min, max } = RATE_RANGE[series];
  if (percent.lt(min) || percent.gt(max))
    refuse(
      'value-range',
      { field: 'rate', value: match[1]!, series, min, max },
      `rate: ${match[1]}% is outside ${min}%–${max}% for the ${SERIES_NAME[series]} (the value is in percent: 3.05 for 3.05%)`,
    );
  const source = input.source.trim();
  if (!source) refuse('source-missing', { field: 'source' }, 'source: say where the value was published');
  if (source.length > SOURCE_MAX)
    refuse('source-too-long', { field: 'source', max: SOURCE_MAX }, `source: at most ${SOURCE_MAX} characters`);
  return { series, from: date, rate: percent.div(100).toString(), source };
}

/** A stored fraction as the percentage people read and type: "0.0305" → "3.05". */
export function ratePercent(rate: string): string {
  return new Dec(rate).times(100).toString();
}
