import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeCase } from '../calc/case-fixture.js';
import { caseFileShape } from '../case/schema.js';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { caseStage } from './case-stage.js';
import { caseLadder, inferLadder } from './infer-ladder.js';
import { DEFAULT_LADDERS } from './ladder-config.js';
import { ladderState } from './ladder-state.js';

const example = (name: string) =>
  caseFileShape.parse(
    JSON.parse(
      readFileSync(
        EXAMPLE_CASES.find((f) => f.includes(name))!,
        'utf8',
      ),
    ),
  );

const mailing = (document: string, sentOn: string, carrier: string, trackingNo: string) =>
  ({ id: 'm1', document, carrier, trackingNo, sentOn, to: 0, address: '1 High Street', status: 'in-transit' }) as const;

describe('the English ladder (Pre-Action Protocol for Debt Claims)', () => {
  const gb = DEFAULT_LADDERS['en-gb-debt']!;
  const english = {
    locale: 'en-GB' as const,
    currency: 'GBP',
    debtors: [{ name: 'Dan Okafor t/a Okafor Builders', kind: 'person' as const, role: 'debtor' as const }],
  };

  it('is the ladder of an en-GB individual or sole trader, whatever the claims', () => {
    expect(inferLadder(makeCase({ ...english }))).toBe('en-gb-debt');
    expect(inferLadder(makeCase({ ...english, contract: { title: 'Lease: service charge' } }))).toBe('en-gb-debt');
    expect(gb.map((s) => s.id)).toEqual(['reminder', 'letter-before-claim', 'suit']);
  });

  it('puts an en-GB company on the 14-day letter of claim (Practice Direction – Pre-Action Conduct para 6(b))', () => {
    const company = makeCase({
      locale: 'en-GB',
      currency: 'GBP',
      events: [{ date: '2025-03-03', kind: 'letter', step: 'letter-of-claim' }],
    });
    expect(inferLadder(company)).toBe('en-gb-business');
    expect(ladderState(company, DEFAULT_LADDERS['en-gb-business']!)).toMatchObject({
      stage: 'letter-of-claim',
      next: { id: 'suit', title: 'Claim (N1 / Money Claim Online)' },
      nextDueOn: '2025-03-17',
    });
  });

  it('takes a posted Letter before claim as the step, the claim due 30 days after it', () => {
    const data = example('en-gb-unpaid-invoice');
    expect(inferLadder(data)).toBe('en-gb-debt');
    expect(ladderState(data, gb)).toMatchObject({
      stage: 'letter-before-claim',
      stageOn: '2026-10-01',
      next: { id: 'suit', title: 'Claim (N1 / Money Claim Online)' },
      nextDueOn: '2026-10-31',
    });
  });

  it('asks for the reminder when the oldest invoice falls due and the letter 7 days after the reminder', () => {
    expect(ladderState(makeCase({ ...english }), gb)).toMatchObject({
      stage: null,
      next: { id: 'reminder' },
      nextDueOn: '2024-01-10',
    });
    const reminded = makeCase({ ...english, events: [{ date: '2024-02-27', kind: 'call', step: 'reminder' }] });
    expect(ladderState(reminded, gb)).toMatchObject({ next: { id: 'letter-before-claim' }, nextDueOn: '2024-03-05' });
  });

  it('counts a letter logged with its step as well as one mailed, and ends the ladder at the claim', () => {
    const logged = makeCase({ ...english, events: [{ date: '2024-12-20', kind: 'letter', step: 'letter-before-claim' }] });
    expect(ladderState(logged, gb)).toMatchObject({
      next: { id: 'suit', title: 'Claim (N1 / Money Claim Online)' },
      nextDueOn: '2025-01-19',
    });
    const claimed = makeCase({
      ...english,
      mailings: [mailing('letter-before-claim', '2024-12-20', 'Royal Mail Signed For', 'RM123456789GB')],
      events: [{ date: '2025-01-20', kind: 'note', step: 'suit' }],
    });
    expect(ladderState(claimed, gb)).toEqual({ stage: 'suit', stageOn: '2025-01-20', next: null, nextDueOn: null });
  });

  it('moves an en-GB case stored on a Chinese ladder to its own, keeping a ladder of its own law or the user’s', () => {
    const data = example('en-gb-unpaid-invoice');
    expect(caseLadder(data, 'b2b-invoice')).toBe('en-gb-debt');
    expect(caseLadder(data, 'my-ladder')).toBe('my-ladder');
    expect(caseLadder(makeCase({}), 'card-debt')).toBe('card-debt');
    const stage = caseStage(data, caseLadder(data, 'card-debt'), gb, false);
    expect(stage).toMatchObject({
      stage: 'letter-before-claim',
      stageTitle: 'Letter before claim',
      nextStep: 'suit',
      nextStepTitle: 'Claim (N1 / Money Claim Online)',
    });
  });
});

describe('the US ladder (Regulation F validation notice)', () => {
  const us = DEFAULT_LADDERS['en-us-debt']!;

  it('puts an en-US case on it; its demand letter is the validation notice, in English', () => {
    const data = example('en-us-consumer-debt');
    expect(inferLadder(data)).toBe('en-us-debt');
    expect(us.map((s) => [s.id, s.template])).toEqual([
      ['reminder', null],
      ['validation-notice', 'demand-letter'],
      ['suit', null],
    ]);
    expect(us.map((s) => s.title).join(' ')).not.toMatch(/\p{Script=Han}/u);
    // The example logged only a statement (no step): the reminder fell due with the first instalment.
    expect(ladderState(data, us)).toMatchObject({ stage: null, next: { id: 'reminder' }, nextDueOn: '2024-10-03' });
  });

  it('makes suit due 30 days after the 5 weekdays assumed for receipt (12 CFR 1006.34(b)(5)): 37 days after a weekday posting', () => {
    // Posted Wednesday 2025-03-05: assumed received Wednesday 2025-03-12; the period ends 30 days later, 2025-04-11.
    const data = makeCase({
      locale: 'en-US',
      currency: 'USD',
      events: [{ date: '2025-02-20', kind: 'note', step: 'reminder' }],
      mailings: [mailing('demand-letter', '2025-03-05', 'USPS Certified Mail', '9407111899562345678901')],
    });
    expect(ladderState(data, us)).toMatchObject({
      stage: 'validation-notice',
      stageOn: '2025-03-05',
      next: { id: 'suit' },
      nextDueOn: '2025-04-11',
    });
    const before = makeCase({
      locale: 'en-US',
      currency: 'USD',
      events: [{ date: '2025-02-20', kind: 'note', step: 'reminder' }],
    });
    expect(ladderState(before, us)).toMatchObject({ next: { id: 'validation-notice' }, nextDueOn: '2025-02-27' });
  });
});
