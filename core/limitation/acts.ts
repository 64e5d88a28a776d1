import type { CaseFile } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { Act, ActKind, LimitationEvent } from './types.js';

/** Which claims each payment was applied to, by its position in the case's `payments` (from the statement). */
export type AppliedPayments = ReadonlyMap<number, readonly string[]>;

/**
 * The acts for each debtor, by position in debtors, in date order. An event or mailing names its debtor; an
 * event without `party` and every entry in `payments` concern each party with role debtor (not the guarantors:
 * a guarantor is bound only by what was addressed to it, 民法典 第693条). A payment concerns the claims it was
 * applied to (诉讼时效规定 第14条: the debt performed). A mailing counts as a demand on the day it was delivered or
 * refused, or returned from an agreed or registered address (诉讼时效规定 第8条 第1款 第2项: arrived or should have
 * arrived); a `demand-sent` event alone does not, because only arrival interrupts.
 */
export function actsByParty(data: CaseFile, asOf: IsoDate, applied: AppliedPayments): Act[][] {
  const acts: Act[][] = data.debtors.map(() => []);
  const principalDebtors: number[] = [];
  data.debtors.forEach((d, i) => {
    if (d.role === 'debtor') principalDebtors.push(i);
  });

  data.events.forEach((e, index) => {
    const kind = EVENT_ACTS[e.kind];
    if (!kind || e.date > asOf) return;
    const event: LimitationEvent = { list: 'events', index, eventKind: e.kind, date: e.date, kind };
    const claims = e.claim === undefined ? null : [e.claim];
    const endsOn = kind !== 'suspension' ? undefined : e.endsOn !== undefined && e.endsOn <= asOf ? e.endsOn : null;
    const cause = kind === 'suspension' ? e.cause : undefined;
    const act = (party: number): Act => ({
      date: e.date,
      kind,
      party,
      event,
      claims,
      agreesToPerform: e.agreesToPerform,
      endsOn,
      cause,
    });
    if (e.party === undefined) for (const party of principalDebtors) acts[party]!.push(act(party));
    else acts[e.party]?.push(act(e.party));
  });
  data.payments.forEach((p, index) => {
    if (p.date > asOf) return;
    const claims = applied.get(index) ?? (p.claim === undefined ? null : [p.claim]);
    const event: LimitationEvent = { list: 'payments', index, amount: p.amount, date: p.date, kind: 'payment' };
    for (const party of principalDebtors) acts[party]!.push({ date: p.date, kind: 'payment', party, event, claims });
  });
  data.mailings.forEach((m, index) => {
    if (!m.deliveredOn || m.deliveredOn > asOf) return;
    const counts = m.status === 'delivered' || m.status === 'refused' || (m.status === 'returned' && m.agreedAddress === true);
    if (!counts) return;
    const { carrier, trackingNo, status, deliveredOn: date } = m;
    const event: LimitationEvent = { list: 'mailings', index, carrier, trackingNo, status, date, kind: 'demand' };
    acts[m.to]?.push({ date, kind: 'demand', party: m.to, event, claims: null });
  });
  for (const list of acts) if (list.length > 1) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return acts;
}

const EVENT_ACTS: Partial<Record<CaseFile['events'][number]['kind'], ActKind>> = {
  'demand-delivered': 'demand', // 民法典 第195条 第1项
  'public-notice': 'demand', // 诉讼时效规定 第8条 第1款 第4项
  acknowledged: 'acknowledgment', // 第195条 第2项; 诉讼时效规定 第14条
  'promise-to-pay': 'promise', // 诉讼时效规定 第14条: asking for time or a payment plan is agreeing to perform
  payment: 'payment', // 诉讼时效规定 第14条: part performance is agreeing to perform
  'suit-filed': 'suit', // 第195条 第3项; 诉讼时效规定 第10条
  suspension: 'suspension', // 民法典 第194条
};
