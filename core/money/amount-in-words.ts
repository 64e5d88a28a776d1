import { cnyWords } from './cny-words.js';
import type { Dec } from './decimal.js';
import { englishWords } from './english-words.js';
import type { Language } from '../util/language.js';

/**
 * An amount in the words of a letter in `locale`: 人民币大写 with its 人民币 prefix for CNY in zh-CN, English
 * words (British or American) otherwise. `amount` is cents, or a decimal a template gave. The one place that
 * picks the words for a currency and a locale; throws AmountInWordsError for what cannot be written.
 */
export function amountInWords(amount: bigint | Dec, currency: string, locale: string): string {
  if (wordsLanguage(currency, locale) === 'zh') return `人民币${cnyWords(amount)}`;
  return englishWords(amount, currency, locale === 'en-US' ? 'en-US' : 'en-GB');
}

/** The language a letter in `locale` writes an amount of `currency` in: Chinese capitals only for CNY in zh-CN. */
export function wordsLanguage(currency: string, locale: string): Language {
  return locale === 'zh-CN' && currency === 'CNY' ? 'zh' : 'en';
}
