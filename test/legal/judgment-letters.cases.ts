import type { IsoDate } from '../../core/dates/calendar-date.js';

/**
 * A demand for the contract debt, or another letter, dated against the day the case's judgment takes effect: what
 * is made, and the coded refusal a demand meets once the judgment is in force (民事诉讼法 第247条; 第248条 for an
 * arbitral award, 第227条 第3款 for a payment order).
 */
export interface JudgmentLetterCase {
  id: string;
  article: string;
  asOf: IsoDate;
  template: 'demand-letter' | 'lawyer-letter' | 'enforcement-application';
  /** The case's judgment (null: the case holds none). */
  judgment: { kind: 'judgment' | 'mediation' | 'award' | 'payment-order'; effectiveOn: IsoDate } | null;
  /** Words the letter made must hold. */
  states?: string[];
  refused?: { basis: string };
}

export const CASE_NUMBER = '（2025）沪0115民初100号';

const judgment = (effectiveOn: IsoDate, kind: NonNullable<JudgmentLetterCase['judgment']>['kind'] = 'judgment') => ({
  kind,
  effectiveOn,
});

export const judgmentLetterCases: JudgmentLetterCase[] = [
  // The day before the judgment takes effect the debt is not yet decided: the 催款函 demands it, 1,000.00 with no late charge.
  {
    id: 'jl-demand-day-before',
    article: '民事诉讼法 第247条',
    asOf: '2025-02-28',
    template: 'demand-letter',
    judgment: judgment('2025-03-01'),
    states: ['催款函', '1,000.00'],
  },
  // On the effective day the judgment is in force (第247条: 发生法律效力的民事判决…可以向人民法院申请执行).
  {
    id: 'jl-demand-on-effective-day',
    article: '民事诉讼法 第247条',
    asOf: '2025-03-01',
    template: 'demand-letter',
    judgment: judgment('2025-03-01'),
    refused: { basis: 'cpl-247' },
  },
  {
    id: 'jl-lawyer-letter-after',
    article: '民事诉讼法 第247条',
    asOf: '2025-06-01',
    template: 'lawyer-letter',
    judgment: judgment('2025-03-01'),
    refused: { basis: 'cpl-247' },
  },
  // 调解书和其他应当由人民法院执行的法律文书 (第247条 第2款).
  {
    id: 'jl-mediation-statement',
    article: '民事诉讼法 第247条 第2款',
    asOf: '2025-03-02',
    template: 'demand-letter',
    judgment: judgment('2025-03-01', 'mediation'),
    refused: { basis: 'cpl-247' },
  },
  {
    id: 'jl-arbitral-award',
    article: '民事诉讼法 第248条',
    asOf: '2025-03-01',
    template: 'lawyer-letter',
    judgment: judgment('2025-03-01', 'award'),
    refused: { basis: 'cpl-248' },
  },
  {
    id: 'jl-payment-order',
    article: '民事诉讼法 第227条 第3款',
    asOf: '2025-03-01',
    template: 'demand-letter',
    judgment: judgment('2025-03-01', 'payment-order'),
    refused: { basis: 'cpl-227' },
  },
  // What follows the judgment is still made: its enforcement application.
  {
    id: 'jl-enforcement-after',
    article: '民事诉讼法 第247条',
    asOf: '2025-06-01',
    template: 'enforcement-application',
    judgment: judgment('2025-03-01'),
    states: ['强制执行申请书', CASE_NUMBER],
  },
  // No judgment: the 律师函 demands the contract debt whatever the date.
  {
    id: 'jl-no-judgment',
    article: '民法典 第577条',
    asOf: '2025-06-01',
    template: 'lawyer-letter',
    judgment: null,
    states: ['律师函', '1,000.00'],
  },
];
