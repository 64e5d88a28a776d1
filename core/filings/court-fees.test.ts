import { describe, expect, it } from 'vitest';
import { formatCents, parseCents } from '../money/cents.js';
import { courtFees } from './court-fees.js';

/** Each expected figure worked by hand from the bands of 诉讼费用交纳办法, in yuan. */
function fees(amount: string) {
  const f = courtFees(parseCents(amount));
  return {
    caseFee: formatCents(f.caseFee),
    summaryProcedure: formatCents(f.summaryProcedure),
    paymentOrder: formatCents(f.paymentOrder),
    preservation: formatCents(f.preservation),
    enforcement: formatCents(f.enforcement),
  };
}

describe('案件受理费 by band (第13条 第1项)', () => {
  it.each([
    ['0', '50.00'],
    ['9999.99', '50.00'],
    ['10000', '50.00'], // 不超过1万元的，每件交纳50元
    ['10000.01', '50.00'], // 50 + 0.01 × 2.5% = 50.00025
    ['100000', '2300.00'], // 50 + 90,000 × 2.5%
    ['150000', '3300.00'], // 2,300 + 50,000 × 2%
    ['200000', '4300.00'], // 2,300 + 100,000 × 2%
    ['500000', '8800.00'], // 4,300 + 300,000 × 1.5%
    ['1000000', '13800.00'], // 8,800 + 500,000 × 1%
    ['2000000', '22800.00'], // 13,800 + 1,000,000 × 0.9%
    ['5000000', '46800.00'], // 22,800 + 3,000,000 × 0.8%
    ['10000000', '81800.00'], // 46,800 + 5,000,000 × 0.7%
    ['20000000', '141800.00'], // 81,800 + 10,000,000 × 0.6%
    ['30000000', '191800.00'], // 141,800 + 10,000,000 × 0.5%
    ['123456.78', '2769.14'], // 2,300 + 23,456.78 × 2% = 2,769.1356
  ])('%s 元 → %s 元', (amount, expected) => {
    expect(fees(amount).caseFee).toBe(expected);
  });
});

describe('halved and one-third fees (第14条 第3项, 第15条, 第16条)', () => {
  it.each([
    ['10000', '25.00', '16.67'],
    ['100000', '1150.00', '766.67'], // 2,300 ÷ 2; 2,300 ÷ 3 = 766.666…
    ['200000', '2150.00', '1433.33'],
    ['1000000', '6900.00', '4600.00'],
    ['123456.78', '1384.57', '923.05'], // from the exact 2,769.1356: 1,384.5678 and 923.0452
  ])('%s 元: 简易程序 %s, 支付令 %s', (amount, half, third) => {
    const f = fees(amount);
    expect([f.summaryProcedure, f.paymentOrder]).toEqual([half, third]);
  });
});

describe('申请保全费 (第14条 第2项), never over 5,000 元', () => {
  it.each([
    ['500', '30.00'],
    ['1000', '30.00'],
    ['100000', '1020.00'], // 30 + 99,000 × 1%
    ['200000', '1520.00'], // 1,020 + 100,000 × 0.5%
    ['896000', '5000.00'], // 1,020 + 796,000 × 0.5% reaches the cap exactly
    ['1000000', '5000.00'], // 5,520 before the cap
    ['50000000', '5000.00'],
  ])('%s 元 → %s 元', (amount, expected) => {
    expect(fees(amount).preservation).toBe(expected);
  });
});

describe('申请执行费 (第14条 第1项)', () => {
  it.each([
    ['10000', '50.00'],
    ['100000', '1400.00'], // 50 + 90,000 × 1.5%
    ['500000', '7400.00'], // 50 + 490,000 × 1.5%
    ['5000000', '52400.00'], // 7,400 + 4,500,000 × 1%
    ['10000000', '77400.00'], // 52,400 + 5,000,000 × 0.5%
    ['20000000', '87400.00'], // 77,400 + 10,000,000 × 0.1%
  ])('%s 元 → %s 元', (amount, expected) => {
    expect(fees(amount).enforcement).toBe(expected);
  });
});

it('refuses a negative amount', () => {
  expect(() => courtFees(-1n)).toThrow(RangeError);
});
