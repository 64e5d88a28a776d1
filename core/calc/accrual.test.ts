import { describe, expect, it } from 'vitest';
import { formatCents, parseCents } from '../money/cents.js';
import { Dec } from '../money/decimal.js';
import { formatAmount } from '../money/money.js';
import { chargeCents } from './accrual.js';
import { exactRate } from './exact-rate.js';
import { lprTable } from './lpr.js';
import type { RatePeriod } from './rate-periods.js';

/** A fixed pseudo-random sequence, so that a failure can be reproduced. */
function numbers(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

function period(rate: Dec, unit: 'day' | 'year', basis: 365 | 360 | null): RatePeriod {
  return { from: '2024-01-01', to: '2024-01-01', rate: exactRate(rate), unit, basis, note: '' };
}

/** The charge as decimal.js computed it before the ledger counted in cents. */
function decimalCharge(principal: string, rate: Dec, days: number, basis: 365 | 360 | null): string {
  const perDays = new Dec(principal).times(rate).times(days);
  return formatAmount(basis === null ? perDays : perDays.dividedBy(basis)); // half-up to the cent
}

describe('the charge in cents', () => {
  const next = numbers(20250630);
  const principal = () => {
    const whole = [
      String(next(100)),
      String(next(1_000_000)),
      `${1 + next(999_999)}${String(next(1_000_000_000)).padStart(9, '0')}`,
    ][next(3)]!;
    return next(2) ? `${whole}.${String(next(100)).padStart(2, '0')}` : whole;
  };
  const lprs = lprTable().values.map((v) => v.rate);
  const multipliers = ['1', '1.3', '1.5', '2', '4', '1.25', '3.3333333333'].map((m) => new Dec(m));
  const agreed = ['0.0005', '0.0003', '0.00033', '0.0001234567', '0.06', '0.0435', '0.155', '0.24', '1', '0'].map(
    (r) => new Dec(r),
  );

  const cases = Array.from({ length: 600 }, () => {
    const lpr = next(2) === 0;
    const rate = lpr ? lprs[next(lprs.length)]!.times(multipliers[next(multipliers.length)]!) : agreed[next(agreed.length)]!;
    const basis = lpr || next(3) > 0 ? ([365, 360] as const)[next(2)]! : null;
    return { principal: principal(), rate, days: 1 + next(3650), basis };
  });
  // Exactly half a cent: 100000 × 1.5 × 3.35% × 21 ÷ 360 = 293.125.
  cases.push({ principal: '100000.00', rate: new Dec('0.0335').times('1.5'), days: 21, basis: 360 });
  cases.push({ principal: '0.01', rate: new Dec('0.5'), days: 1, basis: null });

  it('equals principal × rate × days ÷ basis computed by decimal.js and rounded half-up, for 602 inputs', () => {
    for (const { principal, rate, days, basis } of cases) {
      const charge = chargeCents(parseCents(principal), period(rate, basis === null ? 'day' : 'year', basis), days);
      expect(formatCents(charge), `${principal} × ${rate.toString()} × ${days} ÷ ${basis ?? 1}`).toBe(
        decimalCharge(principal, rate, days, basis),
      );
    }
  });

  it('rounds half a cent up', () => {
    expect(chargeCents(10000000n, period(new Dec('0.05025'), 'year', 360), 21)).toBe(29313n);
  });
});

describe('exactRate', () => {
  it.each([
    ['0.05175', 5175n, 100000n],
    ['0.0005', 5n, 10000n],
    ['1', 1n, 1n],
    ['0', 0n, 1n],
    ['12.5', 125n, 10n],
  ])('%s is %i / %i', (text, numerator, denominator) => {
    expect(exactRate(new Dec(text))).toEqual({ text, numerator, denominator });
  });
});
