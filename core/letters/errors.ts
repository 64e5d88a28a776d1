import { CasePackError } from '../errors.js';

/** The case and settings lack something the chosen template needs. */
export class LetterInputError extends CasePackError {
  override name = 'LetterInputError';
}
