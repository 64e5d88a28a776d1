import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { PROJECT_ROOT } from '../project-root.js';
import { createCase } from '../store/edit-case.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

interface Offer {
  court: { court: string; courtBasis: string; caseType: string } | null;
  fees: {
    claim: Record<string, string>;
    preservation: { amount: string; fee: string } | null;
    enforcement: { amount: string; fee: string } | null;
  } | null;
  filings: { templateId: string; ready: boolean; problem: { code?: string; params?: Record<string, unknown> } | null }[];
}

/** 张三 owes 甲公司 100,000.00 of 货款, due 2025-01-10. */
const owedByZhangSan = () => ({
  version: 1,
  locale: 'zh-CN',
  title: '甲诉张三',
  currency: 'CNY',
  creditor: { name: '甲公司', kind: 'company', representative: '王五' },
  debtors: [{ name: '张三', kind: 'person', role: 'debtor', address: '上海市浦东新区世纪大道1号' }],
  claims: [{ id: 'c1', description: '货款', amount: '100000.00', dueDate: '2025-01-10' }],
});

const byId = (offer: Offer) => Object.fromEntries(offer.filings.map((f) => [f.templateId, f]));

describe('filings offered by a case', () => {
  it('offers the suit papers once a court is chosen, with the fees on the claim worked by hand', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2025-04-10' };
    const id = createCase(store, owedByZhangSan());
    const before = (await callApi(c, 'filings/offer', { id })) as Offer;
    expect(before.court).toBeNull();
    expect(byId(before).complaint).toMatchObject({ ready: false, problem: { code: 'template-missing-fields' } });
    expect(byId(before)['enforcement-application']).toMatchObject({ ready: false, problem: { code: 'filing.no-judgment' } });
    // 案件受理费 50 + 90,000 × 2.5% = 2,300; 保全 on the claim 30 + 99,000 × 1% = 1,020 (第13、14条).
    expect(before.fees).toEqual({
      claim: { amount: '100000.00', caseFee: '2300.00', summaryProcedure: '1150.00', paymentOrder: '766.67' },
      nothingToClaim: false,
      preservation: { amount: '100000.00', fee: '1020.00' },
      enforcement: null,
      rounding: 'cent-half-up',
    });

    await callApi(c, 'filings/court', {
      id,
      court: '上海市浦东新区人民法院',
      courtBasis: 'defendant-domicile',
      caseType: 'sale-of-goods',
    });
    const after = (await callApi(c, 'filings/offer', { id })) as Offer;
    expect(after.court).toEqual({ court: '上海市浦东新区人民法院', courtBasis: 'defendant-domicile', caseType: 'sale-of-goods' });
    expect(byId(after).complaint).toMatchObject({ ready: true, problem: null });
    // The 支付令 needs what only the creditor can confirm (民诉解释 第427条): named, not guessed.
    expect(byId(after)['payment-order-application']).toMatchObject({
      ready: false,
      problem: { code: 'payment-order-conditions', params: { unmet: 'counter-performance,other-dispute,debtor-abroad' } },
    });
    expect(after.filings[0]!.templateId).toBe('complaint'); // ready papers first
  });

  it('offers enforcement for a judgment in force, with the fee on its unpaid debt, doubled interest and costs', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2026-11-30' };
    const id = await importCase(store, await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json')));
    const offer = (await callApi(c, 'filings/offer', { id })) as Offer;
    const filings = byId(offer);
    expect(filings['enforcement-application']).toMatchObject({ ready: true });
    for (const suit of ['complaint', 'payment-order-application', 'preservation-application'])
      expect(filings[suit]).toMatchObject({ ready: false, problem: { code: 'filing.judgment-held' } });
    // 279,650.50 unpaid 2026-09-26..10-20 (25 days), 229,650.50 2026-10-21..11-30 (41 days) at 1.75‱ a day:
    // 2,871.213275 → 2,871.21; + 229,650.50 unpaid + 5,800.00 costs = 238,321.71.
    // 申请执行费 50 + 228,321.71 × 1.5% = 3,474.82565 → 3,474.83 (第14条 第1项).
    expect(offer.fees!.enforcement).toEqual({ amount: '238321.71', fee: '3474.83' });
  });

  it('offers the suit papers, not enforcement, on a day before the judgment takes effect', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2026-11-30' };
    const id = await importCase(store, await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json')));
    const filings = byId((await callApi(c, 'filings/offer', { id, asOf: '2026-09-14' })) as Offer); // in force 2026-09-15
    for (const suit of ['complaint', 'payment-order-application', 'preservation-application'])
      expect(filings[suit]).toMatchObject({ ready: true, problem: null });
    expect(filings['enforcement-application']).toMatchObject({ ready: false, problem: { code: 'judgment-not-in-force' } });
  });

  it('says a case paid in full has nothing to claim: no fee on it, and no complaint, 支付令 or 保全 offered', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2025-04-10' };
    const id = createCase(store, {
      ...owedByZhangSan(),
      payments: [{ date: '2025-02-01', amount: '100000.00' }],
      filing: {
        caseType: 'sale-of-goods',
        court: '上海市浦东新区人民法院',
        courtBasis: 'defendant-domicile',
        preservation: { stage: 'in-suit', security: 'cash' },
      },
    });
    const offer = (await callApi(c, 'filings/offer', { id })) as Offer & { fees: { nothingToClaim: boolean } };
    expect(offer.fees).toEqual({
      claim: { amount: '0.00', caseFee: '0.00', summaryProcedure: '0.00', paymentOrder: '0.00' },
      nothingToClaim: true,
      preservation: null,
      enforcement: null,
      rounding: 'cent-half-up',
    });
    const filings = byId(offer);
    for (const suit of ['complaint', 'preservation-application'])
      expect(filings[suit]).toMatchObject({
        ready: false,
        problem: { code: 'filing.nothing-to-claim', params: { asOf: '2025-04-10' } },
      });
    expect(filings['payment-order-application']).toMatchObject({
      ready: false,
      problem: { params: { unmet: expect.stringContaining('nothing-owed') } },
    });
  });

  it('refuses a court basis it does not know, naming the field', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2026-11-30' };
    await expect(
      callApi(c, 'filings/court', { id: 1, court: '某法院', courtBasis: 'nearby', caseType: 'sale-of-goods' }),
    ).rejects.toMatchObject({ code: 'invalid-input', params: { fields: 'courtBasis' } });
  });
});
