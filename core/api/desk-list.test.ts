import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { readLadderRow } from '../ladder/case-ladder-rows.js';
import { createCase } from '../store/edit-case.js';
import { openStore, type Store } from '../store/open.js';
import { deskList } from './desk-list.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

const base = {
  version: 1,
  locale: 'zh-CN',
  title: '甲诉张三',
  currency: 'CNY',
  creditor: { name: '甲公司', kind: 'company' },
  debtors: [{ name: '张三', kind: 'person', role: 'debtor' }],
};

describe('deskList', () => {
  it('says what is due on the chosen day, the broken promises and the deadlines within the window; stores each stage', () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const old = createCase(store, {
      ...base,
      claims: [{ id: 'c1', description: '货款', amount: '1000.00', dueDate: '2022-03-01' }],
    });
    const promised = createCase(store, {
      ...base,
      claims: [{ id: 'c1', description: '货款', amount: '1000.00', dueDate: '2025-01-01' }],
      events: [
        { date: '2025-01-05', kind: 'call', step: 'reminder', by: '李催收', note: '电话提醒' },
        { date: '2025-01-06', kind: 'promise-to-pay', promise: { amount: '1000.00', dueOn: '2025-01-10' } },
      ],
      payments: [{ date: '2025-01-08', amount: '300.50' }],
    });
    const guaranteed = createCase(store, {
      ...base,
      creditor: { name: '乙银行', kind: 'company' },
      debtors: [...base.debtors, { name: '李四', kind: 'person', role: 'guarantor', guarantee: { kind: 'joint' } }],
      claims: [{ id: 'c1', description: '借款', amount: '5000.00', dueDate: '2024-12-01' }],
      events: [
        { date: '2024-12-02', kind: 'sms', step: 'reminder' },
        { date: '2024-12-10', kind: 'demand-sent', step: 'demand-letter' },
        { date: '2024-12-30', kind: 'demand-sent', step: 'lawyer-letter' },
      ],
    });
    const paid = createCase(store, {
      ...base,
      claims: [{ id: 'c1', description: '货款', amount: '100.00', dueDate: '2024-06-01' }],
      payments: [{ date: '2024-06-01', amount: '100.00' }],
    });

    const desk = deskList(store, { asOf: '2025-01-10', windowDays: 60, all: true, wait: true, record: true });
    expect(desk).toMatchObject({ asOf: '2025-01-10', windowDays: 60, total: 4, pending: 0 });
    const row = (id: number) => desk.cases.find((c) => c.id === id)!;

    // Due since the claim fell due in 2022; limitation ends three years after it (民法典 第188条), within 60 days.
    expect(row(old)).toMatchObject({ group: 'reminder', due: true, daysOverdue: 1046, nextDueOn: '2022-03-01', attention: true });
    expect(row(old).deadlines).toEqual([
      expect.objectContaining({ party: 0, kind: 'limitation', expiresOn: '2025-03-03', daysLeft: 52 }),
    ]);
    // The 催款函 falls due 7 days after the reminder; the promise of 1,000.00 got 300.50 by its day.
    expect(row(promised)).toMatchObject({ group: 'demand-letter', due: false, daysOverdue: null, nextDueOn: '2025-01-12' });
    expect(row(promised).brokenPromises).toEqual([
      { event: 1, madeOn: '2025-01-06', amount: '1000.00', dueOn: '2025-01-10', paid: '300.50' },
    ]);
    expect(row(promised).attention).toBe(true);
    // Suit is 20 days after the 律师函: due on 2025-01-19; the guarantor's six-month period (民法典 第692条) is outside 60 days.
    expect(row(guaranteed)).toMatchObject({ creditor: '乙银行', group: 'suit', due: false, deadlines: [], attention: false });
    expect(row(paid)).toMatchObject({ group: 'settled', due: false, nextStep: null, attention: false });

    // A later day and a wider window: the suit is overdue, and the guarantee period is marked: six months from
    // 2024-12-02 end on Sunday 2025-06-01, the 端午节 holiday runs to Monday, so the last day is 2025-06-03.
    const later = deskList(store, { asOf: '2025-02-01', windowDays: 180, all: false, wait: true });
    expect(later.cases.map((c) => c.id)).toEqual([old, promised, guaranteed]);
    const guarantee = later.cases.find((c) => c.id === guaranteed)!;
    expect(guarantee).toMatchObject({ due: true, daysOverdue: 13 });
    expect(guarantee.deadlines).toContainEqual(
      expect.objectContaining({ party: 1, name: '李四', kind: 'guarantee', expiresOn: '2025-06-03', daysLeft: 122 }),
    );

    expect(readLadderRow(store.db, promised)).toMatchObject({
      ladder: 'card-debt',
      stage: 'reminder',
      nextStep: 'demand-letter',
      nextDueOn: '2025-01-12',
    });
  });
});
