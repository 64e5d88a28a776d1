import { CasePackError } from '../errors.js';

/** An amount cannot be written in words: negative, too large, or finer than a cent. */
export class AmountInWordsError extends CasePackError {
  override name = 'AmountInWordsError';
}
