import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { callApi } from '../api/handlers.js';
import { rateFileHandlers } from '../api/rate-file-handlers.js';
import { rateLists } from '../api/rates-handlers.js';
import { runUseCase } from '../api/run-use-case.js';
import { calculateCase } from '../calc/calculate-case.js';
import { makeCase } from '../calc/case-fixture.js';
import { coveredThrough, installUserRates, rateTable } from '../calc/rate-sources.js';
import { formatCents } from '../money/cents.js';
import { openStore, type Store } from '../store/open.js';
import { RateEntryError } from './rate-entry.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
  installUserRates([]);
});

const TODAY = '2026-11-30';
const open = () => {
  store = openStore(join(tempDir(), 'casepack.db'));
  return { store, today: () => TODAY };
};
const add = (c: ReturnType<typeof open>, series: 'lpr' | 'boe', date: string, rate: string, source = 'chinamoney.com.cn') =>
  callApi(c, 'rates/add', { series, date, rate, source });

/** 100,000 due 2026-01-31 at 1.5 × the floating LPR, a 360-day year, to 2026-04-30. */
const lprCase = makeCase({
  lateCharge: { kind: 'lpr', multiplier: '1.5', basis: 360, mode: 'floating' },
  claims: [{ id: 'c1', description: '货款', amount: '100000.00', dueDate: '2026-01-31' }],
});

async function refusal(promise: Promise<unknown>): Promise<{ reason: string; message: string; params: object }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RateEntryError);
  const e = error as RateEntryError;
  return { reason: e.reason, message: e.message, params: e.params };
}

describe('rates a user adds', () => {
  it('are refused with a coded reason when they cannot be right', async () => {
    const c = open();
    await add(c, 'lpr', '2026-03-20', '2.8');
    expect((await refusal(add(c, 'lpr', '2026-03-20', '2.9'))).reason).toBe('duplicate');
    expect((await refusal(add(c, 'lpr', '2026-02-30', '2.8'))).reason).toBe('date-format');
    expect(await refusal(add(c, 'lpr', '2026-12-20', '2.8'))).toMatchObject({
      reason: 'date-future',
      params: { date: '2026-12-20', today: TODAY },
    });
    expect(await refusal(add(c, 'lpr', '2026-01-20', '3.0'))).toMatchObject({
      reason: 'date-covered',
      params: { coveredThrough: '2026-02-19' },
    });
    expect(await refusal(add(c, 'lpr', '2026-04-20', '0.028'))).toMatchObject({
      reason: 'value-range',
      params: { min: '1', max: '20', field: 'rate' },
    });
    expect((await refusal(add(c, 'boe', '2026-04-30', '35'))).reason).toBe('value-range');
    expect((await refusal(add(c, 'lpr', '2026-04-20', '2,8'))).reason).toBe('value-format');
    expect((await refusal(add(c, 'lpr', '2026-04-20', '2.8', '  '))).reason).toBe('source-missing');
    await expect(callApi(c, 'rates/remove', { series: 'boe', date: '2026-03-20' })).rejects.toThrow(/no added boe value/);
    const lists = (await callApi(c, 'rates/list', {})) as ReturnType<typeof rateLists>;
    expect(lists.map((s) => [s.series, s.added.map((r) => `${r.date} ${r.rate}`)])).toEqual([
      ['lpr', ['2026-03-20 2.8']],
      ['boe', []],
    ]);
    expect(lists[0]!.bundled).toEqual({ completeThrough: '2026-02-19', lastFrom: '2025-05-20', lastRate: '3' });
  });

  it('change a calculation, to the cent, and clear the warning once the period is filled', async () => {
    const c = open();
    const before = calculateCase(lprCase, '2026-04-30', 'en');
    // 4.5% for 89 days: 100000 × 0.045 × 89 / 360 = 1112.50.
    expect(formatCents(before.lateCharge)).toBe('1112.50');
    expect(before.warnings).toContain(
      'no 1-year LPR is recorded from 2026-02-20 to 2026-04-30, which this calculation needs: add the values published in that period (Settings › Rates, or casepack rates add) and calculate again',
    );
    await add(c, 'lpr', '2026-02-20', '3.0%');
    await add(c, 'lpr', '2026-03-20', '2.80');
    const gap = calculateCase(lprCase, '2026-04-30', 'zh');
    // 4.5% for 47 days = 587.50, then 1.5 × 2.8% = 4.2% for 42 days = 490.00.
    expect(gap.statement.map((r) => [r.from, r.to, r.days, formatCents(r.charge)])).toEqual([
      ['2026-02-01', '2026-03-19', 47, '587.50'],
      ['2026-03-20', '2026-04-30', 42, '490.00'],
    ]);
    expect(gap.warnings).toEqual([
      '本计算需要2026-04-20至2026-04-30期间的一年期LPR，但尚未录入：请在“设置 › 利率”中（或用 casepack rates add）补录该期间公布的数值后重新计算',
    ]);
    await add(c, 'lpr', '2026-04-20', '2.8');
    const filled = calculateCase(lprCase, '2026-04-30', 'en');
    expect([formatCents(filled.lateCharge), formatCents(filled.total), filled.warnings]).toEqual(['1077.50', '101077.50', []]);
    // Without the 03-20 value, 4.5% runs to 04-19 (78 days, 975.00), then 4.2% for 11 days (128.333… → 128.33).
    await callApi(c, 'rates/remove', { series: 'lpr', date: '2026-03-20' });
    expect(formatCents(calculateCase(lprCase, '2026-04-30', 'en').lateCharge)).toBe('1103.33');
  });

  it('come back with the database: a store opened later uses them', async () => {
    const file = join(tempDir(), 'casepack.db');
    store = openStore(file);
    await add({ store, today: () => TODAY }, 'lpr', '2026-03-20', '2.8');
    store.close();
    installUserRates([]);
    expect(rateTable('lpr').completeThrough).toBe('2026-02-19');
    store = openStore(file);
    expect(rateTable('lpr').completeThrough).toBe('2026-04-19');
    expect(rateTable('lpr').values.at(-1)).toMatchObject({ from: '2026-03-20' });
  });

  it('are imported from a CSV all or none, a bad row named by its number and field', async () => {
    const c = open();
    const good = join(tempDir(), 'lpr.csv');
    writeFileSync(good, '日期,利率,来源\n2026-02-20,3.0,chinamoney\n\n2026-03-20,2.8%,chinamoney\n');
    expect(await runUseCase(c, rateFileHandlers, 'rates/import', { series: 'lpr', file: good })).toEqual({ added: 2 });
    const bad = join(tempDir(), 'more.csv');
    writeFileSync(bad, 'date,rate,source\n2026-05-20,2.7,x\n2026-04-20,2.75,x\n');
    expect(await refusal(runUseCase(c, rateFileHandlers, 'rates/import', { series: 'lpr', file: bad }))).toMatchObject({
      reason: 'order',
      message: 'more.csv row 3, date: 2026-04-20 comes after 2026-05-20 in the file; list the values oldest first',
    });
    const noSource = join(tempDir(), 'cols.csv');
    writeFileSync(noSource, 'date,rate\n2026-05-20,2.7\n');
    expect((await refusal(runUseCase(c, rateFileHandlers, 'rates/import', { series: 'lpr', file: noSource }))).message).toBe(
      'cols.csv: the first row must name the columns date, rate and source (missing: source)',
    );
    // Nothing of the refused file was kept.
    expect(rateLists(c.store)[0]!.added.map((r) => r.date)).toEqual(['2026-02-20', '2026-03-20']);
  });

  it('vouch for the LPR until the day before the next 20th, and for Bank Rate on their own date', () => {
    expect(coveredThrough('lpr', '2026-03-20')).toBe('2026-04-19');
    expect(coveredThrough('lpr', '2026-12-21')).toBe('2027-01-19');
    expect(coveredThrough('lpr', '2026-03-05')).toBe('2026-03-19');
    expect(coveredThrough('boe', '2026-06-30')).toBe('2026-06-30');
  });
});
