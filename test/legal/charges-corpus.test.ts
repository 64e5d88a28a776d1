import { afterAll, describe, expect, it } from 'vitest';
import { installUserRates } from '../../core/calc/rate-sources.js';
import { calculateCase } from '../../core/calc/calculate-case.js';
import { toMoneyJson } from '../../core/money/money-json.js';
import { makeCase } from '../../core/calc/case-fixture.js';
import { crossReferenceIssues } from '../../core/case/cross-references.js';
import { CHARGE_CASES, type ChargeCase } from './charges.cases.js';
import { USER_RATE_CASES } from './user-rates.cases.js';

/** The period a missing-rate warning names (statement-wording.ts, English), as `from..to`. */
function missingPeriod(warning: string): string | undefined {
  const m = /^no .* is recorded (?:for (\S+)|from (\S+) to (\S+)),/.exec(warning);
  return m ? (m[1] ? `${m[1]}..${m[1]}` : `${m[2]}..${m[3]}`) : undefined;
}

function run(c: ChargeCase) {
  installUserRates(c.rates ?? []);
  const data = makeCase(c.case);
  return { data, issues: crossReferenceIssues(data) };
}

describe('legal corpus: payments applied and late charges (docs/calculations.md)', () => {
  afterAll(() => installUserRates([]));
  it.each([...CHARGE_CASES, ...USER_RATE_CASES].map((c) => [`${c.id} (${c.article})`, c] as const))('%s', (_, c) => {
    const { data, issues } = run(c);
    if (c.expect.invalid) {
      expect(issues.map((i) => i.path)).toContain(c.expect.invalid);
      return;
    }
    expect(issues).toEqual([]);
    if (c.expect.error) {
      expect(() => calculateCase(data, c.asOf, 'en')).toThrow(c.expect.error);
      return;
    }
    const r = toMoneyJson(calculateCase(data, c.asOf, 'en')); // amounts as decimal text, compared to the cent
    const e = c.expect;
    if (e.total) expect(r.total).toBe(e.total);
    if (e.lateChargeOutstanding) expect(r.lateChargeOutstanding).toBe(e.lateChargeOutstanding);
    if (e.paymentOrder) expect(r.paymentOrder).toBe(e.paymentOrder);
    if (e.applied) expect(r.payments.map((p) => p.applied.map((a) => `${a.claim} ${a.head} ${a.amount}`))).toEqual(e.applied);
    if (e.rows) expect(r.statement.map((s) => [s.claim, s.from, s.to, s.days, s.charge])).toEqual(e.rows);
    const chargeWarnings = r.warnings.filter((w) => missingPeriod(w) === undefined);
    if (e.missingRates) expect(r.warnings.map(missingPeriod).filter(Boolean)).toEqual(e.missingRates);
    if (e.noWarnings) expect(chargeWarnings).toEqual([]);
    for (const pattern of e.warnings ?? [])
      expect(
        chargeWarnings.some((w) => pattern.test(w)),
        `${pattern} in ${chargeWarnings.join(' | ')}`,
      ).toBe(true);
  });

  it('covers every allocation rule, each late-charge kind and each warning', () => {
    const ids = CHARGE_CASES.map((c) => c.id);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(USER_RATE_CASES.map((c) => c.id)).toEqual(expect.arrayContaining(['user-lpr-floating', 'user-boe-reference-rate']));
    for (const prefix of ['allocation-', 'overdue-loss-', 'warning-']) expect(ids.some((id) => id.startsWith(prefix))).toBe(true);
  });
});
