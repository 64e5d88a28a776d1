import { CasePackError } from '../errors.js';
import { halfWidth } from '../util/half-width.js';

/** A currency a person typed that names none: `text` is what was typed. */
export class CurrencyInputError extends CasePackError {
  override name = 'CurrencyInputError';
  readonly code = 'currency';
  constructor(readonly text: string) {
    super(`"${text}": expected a currency such as CNY, 人民币, RMB, ¥, GBP, £, 英镑, USD, US$ or 美元`);
  }
}

const ISO = new Set(Intl.supportedValuesOf('currency'));

/**
 * The ways people write a currency that are neither its ISO code nor its name as Intl spells it: symbols,
 * everyday words, and the names of yuan the banks print (RMB). A bare ¥ or $ is the yuan and the US dollar,
 * the currencies of the cases CasePack writes for.
 */
const ALIASES: Record<string, string> = {
  '¥': 'CNY',
  '￥': 'CNY',
  元: 'CNY',
  块: 'CNY',
  人民币元: 'CNY',
  rmb: 'CNY',
  'rmb¥': 'CNY',
  renminbi: 'CNY',
  yuan: 'CNY',
  'chinese yuan renminbi': 'CNY',
  '£': 'GBP',
  '￡': 'GBP',
  镑: 'GBP',
  英镑: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  'pound sterling': 'GBP',
  'pounds sterling': 'GBP',
  'gb£': 'GBP',
  'uk£': 'GBP',
  $: 'USD',
  us$: 'USD',
  'u.s.$': 'USD',
  usd$: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  'us dollars': 'USD',
  'u.s. dollar': 'USD',
  'u.s. dollars': 'USD',
  美金: 'USD',
  美元: 'USD',
  '€': 'EUR',
  euros: 'EUR',
  hk$: 'HKD',
  港币: 'HKD',
  港幣: 'HKD',
  'jp¥': 'JPY',
  円: 'JPY',
  yen: 'JPY',
  a$: 'AUD',
  au$: 'AUD',
  澳币: 'AUD',
  c$: 'CAD',
  ca$: 'CAD',
  加币: 'CAD',
  s$: 'SGD',
  新币: 'SGD',
  nt$: 'TWD',
  新台币: 'TWD',
  '₩': 'KRW',
  '₹': 'INR',
  '₽': 'RUB',
};

let names: Map<string, string> | undefined;

/** Every currency's name as Intl spells it in Chinese (简体 and 繁體) and English, lower-cased, to its code. */
function currencyNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  for (const locale of ['en', 'zh-Hant', 'zh-CN']) {
    const display = new Intl.DisplayNames([locale], { type: 'currency' });
    for (const code of ISO) {
      const name = display.of(code);
      if (name && name !== code) names.set(key(name), code);
    }
  }
  return names;
}

const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The ISO 4217 code of a currency as people type it: `CNY`, `cny`, `人民币`, `RMB`, `元`, `¥`, `英镑`, `GBP £`,
 * `US$`, `美元`, `Euro`, full-width letters, or the editor's own `人民币（CNY）`. Anything else is refused.
 */
export function parseUserCurrency(typed: string): string {
  const text = key(halfWidth(typed));
  const bracketed = /[（(]\s*([a-z]{3})\s*[)）]/.exec(text);
  const rest = bracketed ? key(text.replace(bracketed[0], ' ')) : text;
  const codes = [...(bracketed ? [codeOf(bracketed[1]!)] : []), ...(rest ? [phraseCode(rest)] : [])];
  const code = codes[0];
  if (!code || codes.some((c) => c !== code)) throw new CurrencyInputError(typed);
  return code;
}

/** A name (`british pound`), or words that each name the same currency (`gbp £`, `rmb 元`). */
function phraseCode(text: string): string | undefined {
  const whole = codeOf(text);
  if (whole) return whole;
  const codes = new Set(text.split(' ').map(codeOf));
  return codes.size === 1 ? [...codes][0] : undefined;
}

function codeOf(word: string): string | undefined {
  const upper = word.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && ISO.has(upper)) return upper;
  return ALIASES[word] ?? currencyNames().get(word);
}
