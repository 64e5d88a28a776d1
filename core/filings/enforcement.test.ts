import { describe, expect, it } from 'vitest';
import { doubledInterest } from './doubled-interest.js';
import { enforcementDeadline } from './enforcement-deadline.js';

describe('申请执行期间: two years (民事诉讼法 第250条; 民法典 第201–203条)', () => {
  it.each([
    // [performance period's last day, effective day, last day to apply, moved from]
    ['2023-05-15', '2023-05-01', '2025-05-15', null], // a Thursday
    ['2023-10-01', '2023-09-20', '2025-10-09', '2025-10-01'], // 国庆节、中秋节 2025-10-01 to 08
    ['2024-04-05', '2024-03-20', '2026-04-07', '2026-04-05'], // 清明节 2026-04-04 to 06
    ['2024-01-04', '2023-12-20', '2026-01-04', null], // a Sunday, but a working day in 2026 (调休)
    [null, '2024-02-29', '2026-02-28', null], // no period set: from the effective day; no 29 Feb, so the 28th (第202条), a 调休 Saturday
  ])('performance ends %s, effective %s → apply by %s', (performanceLastDay, effectiveOn, lastDay, movedFrom) => {
    const deadline = enforcementDeadline({ effectiveOn, performanceLastDay });
    expect(deadline).toMatchObject({ rule: 'enforcement-two-years', lastDay, movedFrom });
    expect(deadline.countedFrom).toBe(performanceLastDay ?? effectiveOn);
  });
});

describe('加倍部分债务利息: unpaid × 日万分之一点七五 × days (迟延履行利息解释 第1–4条)', () => {
  const DEBT = 10_000_000n; // 100,000.00
  const LAST = '2025-03-11';

  it('counts from the day after the performance period to the day asked: 100,000 × 1.75‱ × 30 = 525.00', () => {
    const result = doubledInterest(DEBT, LAST, '2025-04-10');
    expect(result.amount).toBe(52_500n);
    expect(result.lines).toEqual([{ from: '2025-03-12', to: '2025-04-10', days: 30, unpaid: DEBT }]);
  });

  it('stops each part on the day it was paid (第3条): 175.00 + 60,000 × 1.75‱ × 20 = 385.00', () => {
    const result = doubledInterest(DEBT, LAST, '2025-04-10', [{ date: '2025-03-21', amount: 4_000_000n }]);
    expect(result.lines).toEqual([
      { from: '2025-03-12', to: '2025-03-21', days: 10, unpaid: DEBT },
      { from: '2025-03-22', to: '2025-04-10', days: 20, unpaid: 6_000_000n },
    ]);
    expect(result.amount).toBe(38_500n);
    expect(result.unpaid).toBe(6_000_000n);
  });

  it('takes what was paid within the period off before counting: 70,000 × 1.75‱ × 30 = 367.50', () => {
    expect(doubledInterest(DEBT, LAST, '2025-04-10', [{ date: '2025-03-05', amount: 3_000_000n }]).amount).toBe(36_750n);
  });

  it('ends when the debt is paid in full: 100,000 × 1.75‱ × 20 = 350.00', () => {
    const result = doubledInterest(DEBT, LAST, '2025-06-30', [{ date: '2025-03-31', amount: DEBT }]);
    expect(result.amount).toBe(35_000n);
    expect(result.lines).toHaveLength(1);
    expect(result.unpaid).toBe(0n);
  });

  it('rounds once to the cent: 12,345.67 × 1.75‱ × 7 = 15.12344575 → 15.12', () => {
    expect(doubledInterest(1_234_567n, LAST, '2025-03-18').amount).toBe(1_512n);
  });

  it('is nothing before the performance period has ended', () => {
    expect(doubledInterest(DEBT, LAST, '2025-03-11')).toMatchObject({ amount: 0n, lines: [] });
  });
});
