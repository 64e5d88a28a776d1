import { Dec } from './decimal.js';
import { AmountInWordsError } from './errors.js';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const IN_GROUP = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿'];
const LIMIT = new Dec('1000000000000'); // 1万亿: the largest amount written is 9999亿…
const LIMIT_CENTS = 100_000_000_000_000n;

export interface CnyWordsOptions {
  /** Write 整 after 角 (1409.50 → …伍角整): 会计基础工作规范 第52条 requires it, 支付结算办法 leaves it open. */
  zhengAfterJiao?: boolean;
}

/**
 * 人民币大写 per 《正确填写票据和结算凭证的基本规定》 (支付结算办法 附件), without the 人民币 prefix.
 * Where the rules allow two forms, the first form of their examples is used:
 * - zeros inside the number: one 零 for a run of zeros (6007.14 → 陆仟零柒元壹角肆分);
 * - 万位 zero but 千位 not: no 零 (107000.53 → 壹拾万柒仟元零伍角叁分);
 * - 元位 zero but 角位 not: 零 after 元 (1680.32 → 壹仟陆佰捌拾元零叁角贰分);
 * - 角位 zero but 分位 not: 零 after 元, required (16409.02 → 壹万陆仟肆佰零玖元零贰分);
 * - 整 after 元; after 角 by option; never after 分; cents only: no 元 (0.05 → 伍分);
 * - 壹拾 for leading tens (100000.00 → 壹拾万元整); 0.00 → 零元整.
 * `value` is a decimal, or whole cents as a bigint. Negative amounts, amounts of 1万亿 or more and fractions
 * of a cent are errors.
 */
export function cnyWords(value: Dec | string | bigint, options: CnyWordsOptions = {}): string {
  const cents = checkedCents(value);
  const yuan = cents.length > 2 ? cents.slice(0, -2) : '0';
  const jiao = Number(cents.length >= 2 ? cents[cents.length - 2] : '0');
  const fen = Number(cents[cents.length - 1]);

  if (yuan === '0' && jiao === 0 && fen === 0) return '零元整';
  let text = yuan === '0' ? '' : `${integerWords(yuan)}元`;
  const yuanDigitZero = yuan !== '0' && yuan.endsWith('0');
  if (jiao === 0 && fen === 0) return `${text}整`;
  if (yuan !== '0' && (jiao === 0 || yuanDigitZero)) text += '零';
  if (jiao !== 0) text += `${DIGITS[jiao]}角`;
  if (fen !== 0) return `${text}${DIGITS[fen]}分`;
  return options.zhengAfterJiao ? `${text}整` : text;
}

/** The amount as a string of whole cents; a bigint is already cents and needs no decimal arithmetic. */
function checkedCents(value: Dec | string | bigint): string {
  if (typeof value === 'bigint' && value >= 0n && value < LIMIT_CENTS) return value.toString();
  const amount = checkedAmount(typeof value === 'bigint' ? new Dec(value.toString()).dividedBy(100) : value);
  return amount.times(100).toFixed(0);
}

function checkedAmount(value: Dec | string): Dec {
  let amount: Dec;
  try {
    amount = new Dec(value);
  } catch {
    throw new AmountInWordsError(`cannot write "${String(value)}" in words: not a number`);
  }
  if (amount.isNegative()) throw new AmountInWordsError(`cannot write ${amount.toString()} in words: the amount is negative`);
  if (amount.greaterThanOrEqualTo(LIMIT))
    throw new AmountInWordsError(`cannot write ${amount.toString()} in words: 人民币大写 goes up to 9999亿 (999,999,999,999.99)`);
  if (amount.decimalPlaces() > 2)
    throw new AmountInWordsError(`cannot write ${amount.toString()} in words: round it to the cent first`);
  return amount;
}

/** The integer part, one 零 for each run of zeros between written digits, 万/亿 after non-empty groups. */
function integerWords(digits: string): string {
  let text = '';
  let pendingZero = false;
  for (let i = 0; i < digits.length; i++) {
    const position = digits.length - 1 - i;
    const digit = Number(digits[i]);
    if (digit === 0) {
      if (text !== '') pendingZero = true;
    } else {
      if (pendingZero) text += '零';
      pendingZero = false;
      text += DIGITS[digit]! + IN_GROUP[position % 4]!;
    }
    if (position % 4 === 0 && position > 0) {
      const group = digits.slice(Math.max(0, i - 3), i + 1);
      if (/[1-9]/.test(group)) {
        text += GROUPS[position / 4]!;
        pendingZero = false; // 壹拾万柒仟: a zero 万位 before a written 仟 is left out
      }
    }
  }
  return text;
}
