import { describe, expect, it } from 'vitest';
import { makeCase } from './case-fixture.js';
import { toMoneyJson } from '../money/money-json.js';
import { computeStatement as compute } from './statement.js';
import { addDays } from '../dates/calendar-date.js';
import { lprTable } from './lpr.js';

/** The statement as `casepack calc --json` prints it: amounts as decimal text, compared to the cent. */
const computeStatement = (...args: Parameters<typeof compute>) => toMoneyJson(compute(...args));

const claim = (id: string, amount: string, dueDate: string) => ({ id, description: '货款', amount, dueDate });

describe('late charges by kind', () => {
  it.each([
    {
      name: 'daily-rate: 10000 × 0.05%/day × 30 days (2024-02-01..03-01, leap February) = 150.00',
      lateCharge: { kind: 'daily-rate', rate: '0.0005' } as const,
      claims: [claim('c1', '10000.00', '2024-01-31')],
      asOf: '2024-03-01',
      rows: [['2024-02-01', '2024-03-01', 30, '150.00']],
    },
    {
      name: 'annual-rate 365: 10000 × 6% × 366/365 = 601.6438… → 601.64',
      lateCharge: { kind: 'annual-rate', rate: '0.06', basis: 365 } as const,
      claims: [claim('c1', '10000.00', '2023-12-31')],
      asOf: '2024-12-31',
      rows: [['2024-01-01', '2024-12-31', 366, '601.64']],
    },
    {
      name: 'annual-rate 360: 10000 × 6% × 366/360 = 610.00',
      lateCharge: { kind: 'annual-rate', rate: '0.06', basis: 360 } as const,
      claims: [claim('c1', '10000.00', '2023-12-31')],
      asOf: '2024-12-31',
      rows: [['2024-01-01', '2024-12-31', 366, '610.00']],
    },
    {
      // LPR 3.35% until 2024-10-20, 3.10% from 2024-10-21. 1.5 × 3.35% = 5.025%, 1.5 × 3.10% = 4.65%.
      // 100000 × 0.05025 × 10 / 360 = 139.5833… → 139.58; 100000 × 0.0465 × 11 / 360 = 142.0833… → 142.08.
      name: 'lpr floating across the 2024-10-21 change',
      lateCharge: { kind: 'lpr', multiplier: '1.5', basis: 360, mode: 'floating' } as const,
      claims: [claim('c1', '100000.00', '2024-10-10')],
      asOf: '2024-10-31',
      rows: [
        ['2024-10-11', '2024-10-20', 10, '139.58'],
        ['2024-10-21', '2024-10-31', 11, '142.08'],
      ],
    },
    {
      // The rate in force on 2024-10-10 (3.35%) for all 21 days: 100000 × 0.05025 × 21 / 360 = 293.125 → 293.13 (half-up).
      name: 'lpr fixed on 2024-10-10, across the same change',
      lateCharge: { kind: 'lpr', multiplier: '1.5', basis: 360, mode: 'fixed', fixedOn: '2024-10-10' } as const,
      claims: [claim('c1', '100000.00', '2024-10-10')],
      asOf: '2024-10-31',
      rows: [['2024-10-11', '2024-10-31', 21, '293.13']],
    },
    {
      // Interest from 2024-04-01 (first half-year): Bank Rate on 2023-12-31 was 5.25% → 13.25%.
      // 5000 × 0.1325 × 30 / 365 = 54.4520… → 54.45.
      name: 'uk-statutory, first half-year',
      lateCharge: { kind: 'uk-statutory' } as const,
      claims: [claim('c1', '5000.00', '2024-03-31')],
      asOf: '2024-04-30',
      rows: [['2024-04-01', '2024-04-30', 30, '54.45']],
    },
    {
      // Interest from 2024-07-16: Bank Rate on 2024-06-30 was 5.25%, fixed for the debt though it fell on 2024-08-01.
      // 16 + 31 + 30 + 31 + 30 + 31 = 169 days; 500 × 0.1325 × 169 / 365 = 30.6746… → 30.67.
      name: 'uk-statutory, second half-year, rate fixed for the debt',
      lateCharge: { kind: 'uk-statutory' } as const,
      claims: [claim('c1', '500.00', '2024-07-15')],
      asOf: '2024-12-31',
      rows: [['2024-07-16', '2024-12-31', 169, '30.67']],
    },
    {
      // 买卖合同解释 第18条 第4款: each claim at the LPR of its own first overdue day, plus 30 %.
      // c1 from 2024-10-11: LPR 3.35% × 1.3 = 4.355%; 100000 × 0.04355 × 21 / 360 = 254.0416… → 254.04 (no change on 10-21).
      // c2 from 2024-10-26: LPR 3.10% × 1.3 = 4.03%; 50000 × 0.0403 × 6 / 360 = 33.5833… → 33.58.
      name: 'overdue-loss: LPR at each claim’s breach date plus 30%',
      lateCharge: { kind: 'overdue-loss', markup: '0.3', basis: 360 } as const,
      claims: [claim('c1', '100000.00', '2024-10-10'), claim('c2', '50000.00', '2024-10-25')],
      asOf: '2024-10-31',
      rows: [
        ['2024-10-11', '2024-10-31', 21, '254.04'],
        ['2024-10-26', '2024-10-31', 6, '33.58'],
      ],
    },
  ])('$name', ({ lateCharge, claims, asOf, rows }) => {
    const currency = lateCharge.kind === 'uk-statutory' ? 'GBP' : 'CNY';
    const s = computeStatement(makeCase({ lateCharge, claims, currency, locale: currency === 'GBP' ? 'en-GB' : 'zh-CN' }), asOf);
    expect(s.statement.map((r) => [r.from, r.to, r.days, r.charge])).toEqual(rows);
  });

  it('uk-statutory adds the fixed sum once per debt and totals it', () => {
    // 5000 + 54.45 interest + £70 (a debt of £1,000 to £9,999.99) = 5124.45.
    const s = computeStatement(
      makeCase({
        lateCharge: { kind: 'uk-statutory' },
        claims: [claim('c1', '5000.00', '2024-03-31')],
        currency: 'GBP',
        locale: 'en-GB',
      }),
      '2024-04-30',
    );
    expect([s.compensation, s.total, s.totalInWords]).toEqual([
      '70.00',
      '5124.45',
      'five thousand one hundred and twenty-four pounds forty-five pence',
    ]);
  });

  it('charges nothing on or before the due date', () => {
    const s = computeStatement(makeCase({ lateCharge: { kind: 'daily-rate', rate: '0.001' } }), '2024-01-10');
    expect([s.statement.length, s.lateCharge, s.total]).toEqual([0, '0.00', '1000.00']);
  });
});

describe('payments (民法典 第560–561条; English and US law)', () => {
  const twoClaims = {
    lateCharge: { kind: 'daily-rate', rate: '0.001' } as const,
    claims: [claim('B', '2000.00', '2024-01-20'), claim('A', '1000.00', '2024-01-10')],
  };

  it('an unnamed payment pays the earliest matured debt in full — charges, then principal — before the next (560, 561)', () => {
    // To 01-30: A 1000 × 0.1% × 20 = 20.00. 500 → A charges 20, A principal 480 → 520. B untouched.
    // B: 01-21..01-30 = 20.00, 01-31..02-09 = 20.00; A: 01-31..02-09 520 × 0.1% × 10 = 5.20.
    // Charges 65.20, paid 20, owed 45.20; principal 520 + 2000 = 2520; total 2565.20 (= 3000 + 65.20 − 500).
    const s = computeStatement(makeCase({ ...twoClaims, payments: [{ date: '2024-01-30', amount: '500.00' }] }), '2024-02-09');
    expect(s.paymentOrder).toBe('prc-560-561');
    expect(s.payments[0]).toMatchObject({
      rule: 'prc-560',
      debts: ['A'],
      applied: [
        { claim: 'A', head: 'charges', amount: '20.00' },
        { claim: 'A', head: 'principal', amount: '480.00' },
      ],
    });
    expect(s.statement.map((r) => [r.claim, r.principal, r.days, r.charge])).toEqual([
      ['A', '1000.00', 20, '20.00'],
      ['A', '520.00', 10, '5.20'],
      ['B', '2000.00', 10, '20.00'],
      ['B', '2000.00', 10, '20.00'],
    ]);
    expect([s.paid, s.outstanding, s.lateCharge, s.lateChargeOutstanding, s.total]).toEqual([
      '500.00',
      '2520.00',
      '65.20',
      '45.20',
      '2565.20',
    ]);
  });

  it('a matured debt before one not yet due (560 第2款), the rest to the unmatured one', () => {
    // 01-20: A owes 1000 + 10 days × 1.00 = 1010.00; 1500 → A 10.00 + 1000.00, B principal 490.00 → 1510.00.
    // B charges 02-11..02-20: 1510 × 0.1% × 10 = 15.10. Total 1525.10.
    const s = computeStatement(
      makeCase({
        lateCharge: { kind: 'daily-rate', rate: '0.001' },
        claims: [claim('B', '2000.00', '2024-02-10'), claim('A', '1000.00', '2024-01-10')],
        payments: [{ date: '2024-01-20', amount: '1500.00' }],
      }),
      '2024-02-20',
    );
    expect(s.payments[0]!.debts).toEqual(['A', 'B']);
    expect([s.outstanding, s.lateChargeOutstanding, s.total]).toEqual(['1510.00', '15.10', '1525.10']);
  });

  it('debts due the same day share pro rata (560 第2款), the odd cent to the largest remainder', () => {
    // 1000.01 over 1000.00 : 3000.00 → 250.0025 and 750.0075 → 250.00 and 750.01.
    const s = computeStatement(
      makeCase({
        claims: [claim('X', '1000.00', '2024-01-10'), claim('Y', '3000.00', '2024-01-10')],
        payments: [{ date: '2024-01-15', amount: '1000.01' }],
      }),
      '2024-01-31',
    );
    expect(s.payments[0]!.applied).toEqual([
      { claim: 'X', head: 'principal', amount: '250.00' },
      { claim: 'Y', head: 'principal', amount: '750.01' },
    ]);
  });

  it('a 违约金 not counted as 利息 (allocation.penaltyAsInterest false) comes after the principal (561)', () => {
    // 01-20: charges 10.00. 300 → principal 700, charges 10 stay. 01-21..01-30: 700 × 0.1% × 10 = 7.00. Total 717.00.
    // By default the same payment pays 10.00 charges first: principal 710, 7.10 more, total 717.10.
    const base = {
      lateCharge: { kind: 'daily-rate', rate: '0.001' } as const,
      payments: [{ date: '2024-01-20', amount: '300.00' }],
    };
    const last = computeStatement(makeCase({ ...base, allocation: { penaltyAsInterest: false } }), '2024-01-30');
    const first = computeStatement(makeCase(base), '2024-01-30');
    expect([last.paymentOrder, last.total, last.lateChargeOutstanding]).toEqual(['prc-560-561-penalty-last', '717.00', '17.00']);
    expect([first.paymentOrder, first.total, first.lateChargeOutstanding]).toEqual(['prc-560-561', '717.10', '7.10']);
  });

  it('English law: oldest first, one debt at a time, in case order on the same day (Clayton’s Case)', () => {
    const s = computeStatement(
      makeCase({
        locale: 'en-GB',
        currency: 'GBP',
        claims: [claim('X', '1000.00', '2024-01-10'), claim('Y', '3000.00', '2024-01-10')],
        payments: [
          { date: '2024-01-15', amount: '1200.00' },
          { date: '2024-01-16', amount: '100.00', claim: 'Y', appropriatedBy: 'creditor' },
        ],
      }),
      '2024-01-31',
    );
    expect(s.paymentOrder).toBe('english-appropriation');
    expect(s.payments.map((p) => [p.rule, p.debts, p.applied.map((a) => a.amount)])).toEqual([
      ['oldest-first', ['X', 'Y'], ['1000.00', '200.00']],
      ['appropriated-by-creditor', ['Y'], ['100.00']],
    ]);
  });

  it('a payment that names its claim goes to that claim: charges, then principal', () => {
    // 500 → B charges 20.00, B principal 480 → 1520. A is untouched: 30 days × 1.00 = 30.00 in one line.
    // B after: 1520 × 0.1% × 10 = 15.20. Charges 30 + 20 + 15.20 = 65.20; total 1000 + 1520 + 30 + 15.20 = 2565.20.
    const s = computeStatement(
      makeCase({ ...twoClaims, payments: [{ date: '2024-01-30', amount: '500.00', claim: 'B' }] }),
      '2024-02-09',
    );
    expect(s.payments[0]!.applied).toEqual([
      { claim: 'B', head: 'charges', amount: '20.00' },
      { claim: 'B', head: 'principal', amount: '480.00' },
    ]);
    expect(s.statement.map((r) => [r.claim, r.days, r.charge])).toEqual([
      ['A', 30, '30.00'],
      ['B', 10, '20.00'],
      ['B', 10, '15.20'],
    ]);
    expect([s.outstanding, s.lateCharge, s.total]).toEqual(['2520.00', '65.20', '2565.20']);
  });

  it('a payment before the due date lowers the principal that charges run on', () => {
    // 600 × 0.1% × 10 days (01-11..01-20) = 6.00.
    const s = computeStatement(
      makeCase({ lateCharge: { kind: 'daily-rate', rate: '0.001' }, payments: [{ date: '2024-01-05', amount: '400.00' }] }),
      '2024-01-20',
    );
    expect([s.outstanding, s.lateCharge, s.total]).toEqual(['600.00', '6.00', '606.00']);
  });

  it('flags a case and its claims settled when nothing is owed, from the cents', () => {
    const paidUp = compute(makeCase({ payments: [{ date: '2024-01-05', amount: '1000.00' }] }), '2024-02-01');
    expect([paidUp.total, paidUp.settled, paidUp.claims.map((c) => c.settled)]).toEqual([0n, true, [true]]);
    const owing = compute(makeCase({ payments: [{ date: '2024-01-05', amount: '999.99' }] }), '2024-02-01');
    expect([owing.total, owing.settled, owing.claims.map((c) => c.settled)]).toEqual([1n, false, [false]]);
  });

  it('an overpayment is credit, and a zero total is written 零元整', () => {
    const s = computeStatement(makeCase({ payments: [{ date: '2024-01-05', amount: '1500.00' }] }), '2024-02-01');
    expect([s.total, s.credit, s.totalInWords]).toEqual(['0.00', '500.00', '人民币零元整']);
  });

  it('ignores payments after the as-of date, with a warning', () => {
    const s = computeStatement(makeCase({ payments: [{ date: '2024-03-01', amount: '100.00' }] }), '2024-02-01');
    expect([s.paid, s.total]).toEqual(['0.00', '1000.00']);
    expect(s.warnings.join()).toMatch(/after the as-of date/);
  });

  it('writes the total in 人民币大写', () => {
    const s = computeStatement(makeCase({ claims: [claim('c1', '16409.02', '2024-01-10')] }), '2024-02-01');
    expect(s.totalInWords).toBe('人民币壹万陆仟肆佰零玖元零贰分');
  });
});

describe('rate data warnings', () => {
  it('warns when a rate after the data file’s completeThrough is needed', () => {
    const lpr = { kind: 'lpr', multiplier: '1', basis: 365, mode: 'floating' } as const;
    const last = lprTable().completeThrough;
    const inside = computeStatement(makeCase({ lateCharge: lpr, claims: [claim('c1', '100.00', '2025-06-30')] }), last);
    const after = computeStatement(
      makeCase({ lateCharge: lpr, claims: [claim('c1', '100.00', '2025-06-30')] }),
      addDays(last, 1),
    );
    const next = addDays(last, 1);
    expect([inside.warnings.length, after.warnings.join()]).toEqual([
      0,
      expect.stringMatching(new RegExp(`^no 1-year LPR is recorded for ${next}, which this calculation needs`)),
    ]);
  });
});
