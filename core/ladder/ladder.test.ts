import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { makeCase } from '../calc/case-fixture.js';
import { createCase } from '../store/edit-case.js';
import { openStore, type Store } from '../store/open.js';
import { brokenPromises } from './broken-promises.js';
import { readLadderRow } from './case-ladder-rows.js';
import { dueList, needsAttention } from './due-list.js';
import { inferLadder } from './infer-ladder.js';
import { DEFAULT_LADDERS } from './ladder-config.js';
import { ladderState } from './ladder-state.js';

const card = DEFAULT_LADDERS['card-debt']!;
const person = [{ name: '张三', kind: 'person', role: 'debtor' }] as const;

describe('ladderState', () => {
  it('starts with the first step, due when the oldest claim fell due', () => {
    const state = ladderState(makeCase({ debtors: [...person] }), card);
    expect(state).toMatchObject({ stage: null, next: { id: 'reminder' }, nextDueOn: '2024-01-10' });
  });

  it('moves on with each step taken: 律师函 15 days after the 催款函, suit 20 days after the 律师函', () => {
    const events = [
      { date: '2024-02-01', kind: 'sms', step: 'reminder', by: '李催收' },
      { date: '2024-02-10', kind: 'demand-sent', step: 'demand-letter' },
    ] as const;
    expect(ladderState(makeCase({ events: [...events] }), card)).toMatchObject({
      stage: 'demand-letter',
      stageOn: '2024-02-10',
      next: { id: 'lawyer-letter' },
      nextDueOn: '2024-02-25',
    });
    const lawyer = [...events, { date: '2024-03-01', kind: 'demand-sent', step: 'lawyer-letter' }] as const;
    expect(ladderState(makeCase({ events: [...lawyer] }), card)).toMatchObject({ next: { id: 'suit' }, nextDueOn: '2024-03-21' });
  });

  it('counts a mailed letter as the step that uses its template, on the day it was sent', () => {
    const mailing = {
      id: 'm1',
      document: 'demand-letter',
      carrier: 'EMS',
      trackingNo: '1151234567890',
      sentOn: '2024-02-10',
      to: 0,
      address: '某地',
      status: 'in-transit',
    } as const;
    expect(ladderState(makeCase({ mailings: [mailing] }), card)).toMatchObject({
      stage: 'demand-letter',
      stageOn: '2024-02-10',
      next: { id: 'lawyer-letter' },
      nextDueOn: '2024-02-25',
    });
  });

  it('ends the ladder when a suit is filed', () => {
    const state = ladderState(makeCase({ events: [{ date: '2024-05-01', kind: 'suit-filed' }] }), card);
    expect(state).toEqual({ stage: 'suit-filed', stageOn: '2024-05-01', next: null, nextDueOn: null });
  });

  it('puts property fees on their own ladder: 催收通知书 90 days after the 温馨提示', () => {
    const data = makeCase({
      contract: { title: '前期物业服务合同' },
      events: [{ date: '2024-02-01', kind: 'note', step: 'reminder' }],
    });
    expect(inferLadder(data)).toBe('property-fee');
    expect(ladderState(data, DEFAULT_LADDERS['property-fee']!)).toMatchObject({
      next: { id: 'property-fee-notice' },
      nextDueOn: '2024-05-01',
    });
    expect(inferLadder(makeCase({}))).toBe('b2b-invoice');
    expect(inferLadder(makeCase({ debtors: [...person] }))).toBe('card-debt');
  });
});

describe('brokenPromises', () => {
  const promise = {
    date: '2024-03-01',
    kind: 'promise-to-pay',
    by: '李催收',
    promise: { amount: '500.00', dueOn: '2024-03-15' },
  } as const;

  it('flags a promise on its date when the sum was not paid', () => {
    const data = makeCase({ events: [promise], payments: [{ date: '2024-03-10', amount: '200.00' }] });
    expect(brokenPromises(data, '2024-03-14')).toEqual([]);
    expect(brokenPromises(data, '2024-03-15')).toEqual([
      { event: 0, madeOn: '2024-03-01', amount: '500.00', dueOn: '2024-03-15', paid: '200.00', by: '李催收' },
    ]);
  });

  it('does not flag a kept promise', () => {
    const data = makeCase({ events: [promise], payments: [{ date: '2024-03-15', amount: '500.00' }] });
    expect(brokenPromises(data, '2024-04-01')).toEqual([]);
  });
});

describe('dueList', () => {
  const tempDir = useTempDir();
  let store: Store | undefined;
  afterEach(() => store?.close());

  it('lists what is due with limitation warnings, and stores each case stage', () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const base = {
      version: 1,
      locale: 'zh-CN',
      title: '甲诉张三',
      currency: 'CNY',
      creditor: { name: '甲公司', kind: 'company' },
      debtors: person,
    };
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
    });
    const entries = dueList(store, DEFAULT_LADDERS, '2025-01-10');
    const [first, second] = entries;
    expect(first).toMatchObject({
      caseId: old,
      ladder: 'card-debt',
      due: true,
      next: { id: 'reminder' },
      limitation: [{ name: '张三', expiresOn: expect.stringMatching(/^2025-03-0/) }],
    });
    expect(second).toMatchObject({
      caseId: promised,
      stage: 'reminder',
      next: { id: 'demand-letter' },
      nextDueOn: '2025-01-12',
      due: false,
    });
    expect(second!.brokenPromises).toHaveLength(1);
    expect(entries.every(needsAttention)).toBe(true);
    expect(readLadderRow(store.db, promised)).toMatchObject({
      ladder: 'card-debt',
      stage: 'reminder',
      nextStep: 'demand-letter',
      nextDueOn: '2025-01-12',
    });
  });
});
