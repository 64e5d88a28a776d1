import { cnyWords } from '../money/cny-words.js';
import type { Dec } from '../money/decimal.js';
import { englishWords } from '../money/english-words.js';
import { CasePackError } from '../errors.js';
import type { StatementWording } from './statement-wording.js';

/** The total in the words of the case's language: 人民币大写 for CNY in zh-CN, English otherwise. */
export function totalInWords(
  total: Dec,
  currency: string,
  locale: string,
  warnings: string[],
  words: StatementWording,
): string | null {
  try {
    if (locale === 'zh-CN' && currency === 'CNY') return `人民币${cnyWords(total)}`;
    return englishWords(total, currency, locale === 'en-US' ? 'en-US' : 'en-GB');
  } catch (error) {
    if (!(error instanceof CasePackError)) throw error;
    warnings.push(words.noWords(error.message));
    return null;
  }
}
