import { describe, expect, it } from 'vitest';
import { makeCase } from '../calc/case-fixture.js';
import { brokenPromises } from './broken-promises.js';
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
      { event: 0, madeOn: '2024-03-01', amount: 50000n, dueOn: '2024-03-15', paid: 20000n, by: '李催收' },
    ]);
  });

  it('does not flag a kept promise', () => {
    const data = makeCase({ events: [promise], payments: [{ date: '2024-03-15', amount: '500.00' }] });
    expect(brokenPromises(data, '2024-04-01')).toEqual([]);
  });
});
