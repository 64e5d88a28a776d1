import type { LateCharge } from '../case/schema.js';
import { chargeNature, type ChargeNature } from '../calc/charge-nature.js';
import type { StatementRow } from '../calc/statement-types.js';
import { formatPercent } from '../templates/formats.js';

/** How the charge is worked out, e.g. 按每日0.05%计算 / at 8% a year above base rate. */
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
    case 'overdue-loss':
      return zh
        ? `以各笔款项违约行为发生时全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）为基础，加计${formatPercent(lateCharge.markup)}计算`
        : `at the one-year Loan Prime Rate in force when each sum became overdue, plus ${formatPercent(lateCharge.markup)}`;
    case 'uk-statutory':
      return 'at the statutory rate of 8% a year above the Bank of England base rate, with fixed compensation, under the Late Payment of Commercial Debts (Interest) Act 1998';
  }
}

/** The names and legal basis of each kind of late charge, as a Chinese letter writes them. */
interface ChargeWords {
  /** The full name: 逾期付款违约金. */
  name: string;
  /** The short name in tables and totals: 违约金. */
  short: string;
  /** The articles the claim rests on, as the letter cites them (after 民法典 第509条、第577条). */
  articles: string;
}

const ZH_WORDS: Record<Exclude<ChargeNature, 'none' | 'uk-statutory'>, ChargeWords> = {
  penalty: { name: '逾期付款违约金', short: '违约金', articles: '《中华人民共和国民法典》第五百八十五条' }, // 第585条: agreed 违约金
  interest: { name: '逾期付款利息', short: '利息', articles: '《中华人民共和国民法典》第五百零九条' }, // agreed interest: perform as agreed
  'loan-interest': {
    name: '逾期利息',
    short: '逾期利息',
    // 民法典 第676条: 逾期利息 on a loan; 民间借贷规定 第28条: as agreed, within 4 × LPR.
    articles: '《中华人民共和国民法典》第六百七十六条、《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十八条',
  },
  'overdue-loss': {
    name: '逾期付款损失',
    short: '逾期付款损失',
    // 民法典 第584条: damages for the loss; 买卖合同解释 第18条 第4款: LPR at the breach plus 30–50 %.
    articles: '《中华人民共和国民法典》第五百八十四条、《最高人民法院关于审理买卖合同纠纷案件适用法律问题的解释》第十八条第四款',
  },
};

/** The letter-context facts about the late charge: what it is, what it is called, what it rests on. */
export function lateChargeContext(lateCharge: LateCharge, locale: string) {
  const nature = chargeNature(lateCharge);
  const words = nature === 'none' || nature === 'uk-statutory' ? null : ZH_WORDS[nature];
  return {
    kind: lateCharge.kind,
    nature,
    /** Whether the contract agreed the charge (an overdue-payment loss and English statutory interest are not agreed). */
    agreed: nature === 'penalty' || nature === 'interest' || nature === 'loan-interest',
    claimed: nature !== 'none',
    name: locale === 'zh-CN' ? (words?.name ?? null) : null,
    short: locale === 'zh-CN' ? (words?.short ?? null) : null,
    articles: locale === 'zh-CN' ? (words?.articles ?? null) : null,
    description: lateChargeText(lateCharge, locale) || null,
    rate: lateChargeRate(lateCharge),
  };
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
