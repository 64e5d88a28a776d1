import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculateCase } from '../calc/calculate-case.js';
import { caseIssues } from '../case/validate.js';
import { formatCents } from '../money/cents.js';
import { enforcementAmount, judgmentContext } from '../filings/judgment-context.js';
import { PROJECT_ROOT } from '../project-root.js';
import { summarise } from './case-summary.js';

const document = readFileSync(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json'), 'utf8');
const data = caseIssues(JSON.parse(document)).data!;
const row = {
  id: 1,
  title: data.title,
  locale: 'zh-CN',
  currency: 'CNY',
  debtor: '杭州明禾建材贸易有限公司',
  contractNumber: null,
  updatedAt: '',
};

/**
 * The sale-of-goods example's judgment: 279,650.50 awarded, in force 2026-09-15, to be paid by 2026-09-25,
 * 50,000.00 paid on 2026-10-20, costs 5,800.00. On 2026-11-22 the doubled interest (民事诉讼法 第264条) is
 * 279,650.50 × 1.75‱ × 25 days (09-26 → 10-20) + 229,650.50 × 1.75‱ × 33 days (10-21 → 11-22)
 * = 1,223.4709375 + 1,326.2316375 = 2,549.702575 → 2,549.70 (rounded once, halves up);
 * owed 229,650.50 + 2,549.70 + 5,800.00 = 238,000.20, not the contract's 309,791.40.
 */
describe('what a case owes once its judgment is in force (民事诉讼法 第264条)', () => {
  it('states the judgment figure, part by part, beside the contract statement', () => {
    const calc = calculateCase(data, '2026-11-22');
    expect(calc.total).toBe(30_979_140n); // the contract's own figure, still there for comparison
    expect(calc.underJudgment).toEqual({
      rule: 'judgment-owed',
      awarded: 27_965_050n,
      paid: 5_000_000n,
      unpaid: 22_965_050n,
      doubledInterest: 254_970n,
      doubledInterestFrom: '2026-09-26',
      costs: 580_000n,
      total: 23_800_020n,
    });
    // One computation: the enforcement application and its fee use the same figures.
    expect(enforcementAmount(data.filing!.judgment!, '2026-11-22')).toBe(23_800_020n);
    expect(judgmentContext(data.filing!.judgment!, '2026-11-22')).toMatchObject({
      unpaid: '229650.50',
      paid: '50000.00',
      doubledInterest: '2549.70',
      doubledInterestFrom: '2026-09-26',
    });
  });

  it('shows the desk and the cases list the judgment figure and the enforcement deadline, labelled as such', () => {
    const summary = summarise({ row, document, stored: undefined, asOf: '2026-11-22' });
    expect(summary).toMatchObject({
      owedUnder: 'judgment',
      outstanding: '229650.50',
      total: '238000.20',
      // 民事诉讼法 第250条: two years from the performance period's last day 2026-09-25, a Monday in 2028.
      limitationExpiresOn: '2028-09-25',
      limitationKind: 'enforcement',
      nextStep: 'enforcement',
      nextDueOn: '2026-09-26',
      due: true,
      daysOverdue: null,
      dueBy: { date: '2028-09-25', daysLeft: 673 },
    });
  });

  it('keeps the contract figures before the judgment takes effect', () => {
    const calc = calculateCase(data, '2026-09-14');
    expect(calc.underJudgment).toBeNull();
    const summary = summarise({ row, document, stored: undefined, asOf: '2026-09-14' });
    expect(summary).toMatchObject({ owedUnder: 'contract', total: formatCents(calc.total) });
    expect(summary.limitationKind).toBe('limitation');
  });
});
