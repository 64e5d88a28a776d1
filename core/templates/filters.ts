import { CasePackError } from '../errors.js';
import { Dec } from '../money/decimal.js';
import { formatGrouped } from '../money/money.js';
import {
  cnNumeral,
  formatDate,
  formatMoney,
  formatNumericDate,
  formatPercent,
  formatWords,
  type TemplateLocale,
} from './formats.js';
import type { TemplateValue } from './values.js';

/** What every filter may know besides its input: the letter's language and the case's currency. */
export interface FilterEnvironment {
  locale: TemplateLocale;
  currency: string;
}

export interface FilterDefinition {
  minArgs: number;
  maxArgs: number;
  /** One line for docs and error messages. */
  usage: string;
  /** False for filters that accept an empty input (default). */
  needsValue: boolean;
  apply(input: TemplateValue, args: TemplateValue[], env: FilterEnvironment): TemplateValue;
}

const amountText = (v: TemplateValue): string | number => {
  if (typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v))) return v;
  throw new CasePackError(`expected an amount such as "1409.50", got ${JSON.stringify(v)}`);
};
const text = (v: TemplateValue): string => {
  if (typeof v === 'string') return v;
  throw new CasePackError(`expected a date such as "2025-03-12", got ${JSON.stringify(v)}`);
};
const currencyArg = (args: TemplateValue[], env: FilterEnvironment) => (typeof args[0] === 'string' ? args[0] : env.currency);

/** The filters a template can use after `|`. Nothing else can be called from a template. */
export const FILTERS: Readonly<Record<string, FilterDefinition>> = {
  money: {
    minArgs: 0,
    maxArgs: 1,
    usage: '{{ x | money }} → ¥16,409.02 / £1,275.50 (currency of the case, or money("USD"))',
    needsValue: true,
    apply: (v, args, env) => formatMoney(amountText(v), currencyArg(args, env)),
  },
  amount: {
    minArgs: 0,
    maxArgs: 0,
    usage: '{{ x | amount }} → 16,409.02 (grouped figure without a currency sign)',
    needsValue: true,
    apply: (v) => formatGrouped(new Dec(amountText(v))),
  },
  words: {
    minArgs: 0,
    maxArgs: 1,
    usage: '{{ x | words }} → 人民币壹万陆仟肆佰零玖元零贰分 / one thousand two hundred and seventy-five pounds fifty pence',
    needsValue: true,
    apply: (v, args, env) => formatWords(amountText(v), currencyArg(args, env), env.locale),
  },
  date: {
    minArgs: 0,
    maxArgs: 1,
    usage:
      '{{ d | date }} → 2025年3月12日 / 12 March 2025 / March 12, 2025; date("numeric") → 2025-03-12 / 12/03/2025 / 03/12/2025',
    needsValue: true,
    apply: (v, args, env) => {
      if (args[0] === undefined) return formatDate(text(v), env.locale);
      if (args[0] === 'numeric') return formatNumericDate(text(v), env.locale);
      throw new CasePackError(`date takes no argument or "numeric", got ${JSON.stringify(args[0])}`);
    },
  },
  percent: {
    minArgs: 0,
    maxArgs: 0,
    usage: '{{ rate | percent }} → 0.05% (a rate written as a fraction, 0.0005)',
    needsValue: true,
    apply: (v) => formatPercent(amountText(v)),
  },
  cn: {
    minArgs: 0,
    maxArgs: 0,
    usage: '{{ loop.index | cn }} → 一, 二 … 十二 (Chinese numerals)',
    needsValue: true,
    apply: (v) => cnNumeral(Number(amountText(v))),
  },
  count: {
    minArgs: 0,
    maxArgs: 0,
    usage: '{{ list | count }} → the number of items',
    needsValue: false,
    apply: (v) => (Array.isArray(v) ? v.length : 0),
  },
  join: {
    minArgs: 0,
    maxArgs: 1,
    usage: '{{ list | join("、") }} → the items joined by the text given',
    needsValue: true,
    apply: (v, args) => (Array.isArray(v) ? v.map(String).join(typeof args[0] === 'string' ? args[0] : ', ') : String(v)),
  },
  default: {
    minArgs: 1,
    maxArgs: 1,
    usage: '{{ x | default("——") }} → the text given when x is empty or missing',
    needsValue: false,
    apply: (v, args) => (v === undefined || v === null || v === '' ? args[0] : v),
  },
};
