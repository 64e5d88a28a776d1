import { CasePackError } from '../errors.js';

/** A holiday calendar in data/ is missing or malformed. */
export class HolidayDataError extends CasePackError {
  override name = 'HolidayDataError';
}
