import { describe, expect, it } from 'vitest';
import { makeCase } from '../calc/case-fixture.js';
import { calculateCase, explainCase } from '../calc/calculate-case.js';
import { describeLimitation } from './report.js';

// c1 due 2020-03-16 → 2023-03-16 (a Thursday): run out by the as-of date. c2 due 2024-03-15, then a promise to pay on
// 2024-04-01 → 2027-04-01 (a Thursday; no holiday notice for 2027 yet).
const data = makeCase({
  claims: [
    { id: 'c1', description: '货款', amount: '1000.00', dueDate: '2020-03-16' },
    { id: 'c2', description: '货款', amount: '1000.00', dueDate: '2024-03-15' },
  ],
  events: [{ date: '2024-04-01', kind: 'promise-to-pay', claim: 'c2' }],
});

describe('limitation as data, worded on request', () => {
  it('gives the results as data, without sentences', () => {
    const [entry] = calculateCase(data, '2024-06-01').limitation;
    expect(entry).not.toHaveProperty('basis');
    expect(entry).not.toHaveProperty('notes');
    expect(entry!.claims.map((c) => [c.claim, c.start, c.expiresOn, c.expired, c.rule, c.notes.map((n) => n.code)])).toEqual([
      ['c1', '2020-03-16', '2023-03-16', true, 'prc-three-years', []],
      ['c2', '2024-03-15', '2027-04-01', false, 'prc-interrupted', ['promise-needs-proof', 'no-holiday-notice']],
    ]);
  });

  it('words the reasons: a line per debt, the expiry defence beside the expired date, then the notes', () => {
    const [report] = explainCase(data, '2024-06-01').limitation;
    expect(report!.basis).toBe('debt due 2020-03-16 (claim c1); three years (Civil Code art. 188)');
    expect(report!.claims[1]!.basis).toBe(
      'timeline entry 1 (promise to pay): debtor promised to pay 2024-04-01; a new three-year period (Civil Code art. 195)',
    );
    expect(report!.notes).toEqual([
      'claim c1: 2023-03-16 — debt due 2020-03-16 (claim c1); three years (Civil Code art. 188)',
      `claim c2: 2027-04-01 — ${report!.claims[1]!.basis}`,
      'limitation ran out on 2023-03-16: the debtor may refuse to perform, but the court does not raise this of its own motion (Civil Code arts. 192(1) and 193)',
      'the date rests on a promise to pay: keep the proof of it (a signed plan, a message, a recording), or it may not count',
      'data/cn-holidays.json has no State Council notice for 2027: only weekends and the days off the law fixes (National Holidays Measures art. 2) were considered; check when the notice is published',
    ]);
  });

  it('words the same results in Chinese', () => {
    const [report] = describeLimitation(calculateCase(data, '2024-06-01').limitation, 'zh');
    expect(report!.basis).toBe('债权c1于2020-03-16到期，诉讼时效期间三年（民法典第188条）');
    expect(report!.notes[2]).toContain('诉讼时效已于2023-03-16届满');
  });

  it('says why there is no date when every claim is paid', () => {
    const paid = makeCase({ payments: [{ date: '2024-01-05', amount: '1000.00' }] });
    const [entry] = calculateCase(paid, '2024-06-01').limitation;
    expect([entry!.rule, entry!.claims]).toEqual(['all-paid', []]);
    expect(describeLimitation([entry!], 'en')[0]).toMatchObject({ basis: 'every claim is paid', notes: [] });
  });
});
