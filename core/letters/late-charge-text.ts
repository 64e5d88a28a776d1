import type { LateCharge } from '../case/schema.js';
import type { StatementRow } from '../calc/statement-types.js';
import { formatPercent } from '../templates/formats.js';

/** The agreed late charge in the letter's words, e.g. 按每日0.05%计算 / at 8% a year above base rate. */
export function lateChargeText(lateCharge: LateCharge, locale: string): string {
  const zh = locale === 'zh-CN';
  switch (lateCharge.kind) {
    case 'none':
      return '';
    case 'daily-rate':
      return zh ? `按每日${formatPercent(lateCharge.rate)}计算` : `at ${formatPercent(lateCharge.rate)} a day`;
    case 'annual-rate':
      return zh ? `按年利率${formatPercent(lateCharge.rate)}计算` : `at ${formatPercent(lateCharge.rate)} a year`;
    case 'lpr':
      return zh
        ? `按全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）的${lateCharge.multiplier}倍计算`
        : `at ${lateCharge.multiplier} times the one-year Loan Prime Rate`;
    case 'uk-statutory':
      return 'at the statutory rate of 8% a year above the Bank of England base rate, with fixed compensation, under the Late Payment of Commercial Debts (Interest) Act 1998';
  }
}

/** The rate of one statement line: 0.05%/日, 8.75% a year. */
export function statementRateText(row: StatementRow, locale: string): string {
  const rate = formatPercent(row.rate);
  if (locale === 'zh-CN') return `${rate}/${row.rateUnit === 'day' ? '日' : '年'}`;
  return `${rate} a ${row.rateUnit}`;
}

/** The rate as a fraction when it is one number, for templates that quote it. */
export function lateChargeRate(lateCharge: LateCharge): string | null {
  return lateCharge.kind === 'daily-rate' || lateCharge.kind === 'annual-rate' ? lateCharge.rate : null;
}
