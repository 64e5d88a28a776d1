import { CasePackError } from '../errors.js';

/** A rate data file in data/ is missing, malformed, or has no value for the date asked. */
export class RateDataError extends CasePackError {
  override name = 'RateDataError';
}

/** The case cannot be calculated as written (for example uk-statutory on a debt not in GBP). */
export class CalcInputError extends CasePackError {
  override name = 'CalcInputError';
}
