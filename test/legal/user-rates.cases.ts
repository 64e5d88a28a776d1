import type { UserRate } from '../../core/calc/rate-sources.js';
import type { ChargeCase } from './charges.cases.js';

/**
 * Late charges on rates a user added after the bundled data (data/lpr.json complete through 2026-02-19,
 * data/boe-base-rate.json through 2026-03-18). The values are test values, not publications: what is checked
 * is that a calculation reads them, to the cent, and that the missing-rate warning names the period left open.
 */
const lpr = (from: string, rate: string): UserRate => ({ series: 'lpr', from, rate, source: 'test value' });
const claim = (id: string, amount: string, dueDate: string) => ({ id, description: '货款', amount, dueDate });
const floating = { kind: 'lpr', multiplier: '1.5', basis: 360, mode: 'floating' } as const;

export const USER_RATE_CASES: ChargeCase[] = [
  {
    // 1.5 × LPR 3.00% = 4.5% for 02-01..03-19 (28 + 19 = 47 days): 100000 × 0.045 × 47/360 = 587.50;
    // 1.5 × the added 2.80% = 4.2% for 03-20..04-30 (12 + 30 = 42 days): 100000 × 0.042 × 42/360 = 490.00.
    // The 02-20 value repeats 3.00% and starts no period; the 04-20 one vouches for the rate to 05-19.
    id: 'user-lpr-floating',
    article: '约定（1.5 × LPR，浮动）；用户补录的LPR',
    asOf: '2026-04-30',
    rates: [lpr('2026-02-20', '0.03'), lpr('2026-03-20', '0.028'), lpr('2026-04-20', '0.028')],
    case: { lateCharge: floating, claims: [claim('c1', '100000.00', '2026-01-31')] },
    expect: {
      rows: [
        ['c1', '2026-02-01', '2026-03-19', 47, '587.50'],
        ['c1', '2026-03-20', '2026-04-30', 42, '490.00'],
      ],
      total: '101077.50',
      missingRates: [],
    },
  },
  {
    // The same, with the 04-20 publication not yet added: the figures stand on the 03-20 value, and the
    // warning names the days from 04-20 (the next publication) to as-of.
    id: 'user-lpr-gap-named',
    article: '约定（1.5 × LPR，浮动）；缺少的LPR期间',
    asOf: '2026-04-30',
    rates: [lpr('2026-03-20', '0.028')],
    case: { lateCharge: floating, claims: [claim('c1', '100000.00', '2026-01-31')] },
    expect: { total: '101077.50', missingRates: ['2026-04-20..2026-04-30'] },
  },
  {
    // Nothing added: 4.5% for all 89 days, 100000 × 0.045 × 89/360 = 1112.50, and every day after the
    // bundled data named as missing.
    id: 'user-lpr-none-added',
    article: '约定（1.5 × LPR，浮动）；缺少的LPR期间',
    asOf: '2026-04-30',
    case: { lateCharge: floating, claims: [claim('c1', '100000.00', '2026-01-31')] },
    expect: {
      rows: [['c1', '2026-02-01', '2026-04-30', 89, '1112.50']],
      total: '101112.50',
      missingRates: ['2026-02-20..2026-04-30'],
    },
  },
  {
    // 买卖合同解释 第18条 第4款: the LPR of the first overdue day 2026-03-26 is the added 2.80%, plus 50% = 4.2%;
    // 03-26..05-25 = 6 + 30 + 25 = 61 days; 200000 × 0.042 × 61/365 = 1403.8356… → 1403.84. Only the breach
    // date needs a rate, and the 03-20 value covers it.
    id: 'user-lpr-overdue-loss',
    article: '买卖合同解释 第18条 第4款',
    asOf: '2026-05-25',
    rates: [lpr('2026-03-20', '0.028')],
    case: { lateCharge: { kind: 'overdue-loss', markup: '0.5', basis: 365 }, claims: [claim('c1', '200000.00', '2026-03-25')] },
    expect: { rows: [['c1', '2026-03-26', '2026-05-25', 61, '1403.84']], total: '201403.84', missingRates: [] },
  },
  {
    // Late Payment (Rate of Interest) (No. 3) Order 2002 art. 4: interest from 2026-07-16 uses Bank Rate on
    // 2026-06-30, the added 3.50%, + 8% = 11.5%; 07-16..08-14 = 30 days; 10000 × 0.115 × 30/365 = 94.5205… →
    // 94.52; with the £100 fixed sum (Late Payment Act 1998 s.5A, a debt of £10,000 or more) 10194.52.
    id: 'user-boe-reference-rate',
    article: 'Late Payment (Rate of Interest) (No. 3) Order 2002 art. 4',
    asOf: '2026-08-14',
    rates: [{ series: 'boe', from: '2026-06-30', rate: '0.035', source: 'test value' }],
    case: {
      locale: 'en-GB',
      currency: 'GBP',
      lateCharge: { kind: 'uk-statutory' },
      claims: [{ id: 'INV-1', description: 'goods', amount: '10000.00', dueDate: '2026-07-15' }],
    },
    expect: { rows: [['INV-1', '2026-07-16', '2026-08-14', 30, '94.52']], total: '10194.52', missingRates: [] },
  },
  {
    // Without the added value, Bank Rate on 2026-06-30 is not known: the warning names the days since the bundled data.
    id: 'user-boe-reference-missing',
    article: 'Late Payment (Rate of Interest) (No. 3) Order 2002 art. 4',
    asOf: '2026-08-14',
    case: {
      locale: 'en-GB',
      currency: 'GBP',
      lateCharge: { kind: 'uk-statutory' },
      claims: [{ id: 'INV-1', description: 'goods', amount: '10000.00', dueDate: '2026-07-15' }],
    },
    expect: { missingRates: ['2026-03-19..2026-06-30'] },
  },
];
