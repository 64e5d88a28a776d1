import type { CaseFile } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { LimitationWording } from './wording.js';

export type ActKind = 'demand' | 'acknowledgment' | 'promise' | 'payment' | 'suit';

/** Something that happened to a debt that may interrupt or restart a period, and where the case records it. */
export interface Act {
  date: IsoDate;
  kind: ActKind;
  /** The debtor it concerns: a position in debtors. */
  party: number;
  /** Where it comes from, for the report: "events[2] acknowledged", "mailings[0] (EMS 1234) refused". */
  source: string;
}

/**
 * The acts for each debtor, by position in debtors, in date order. An event or mailing names its debtor; an
 * event without `party` and every entry in `payments` concern each party with role debtor (not the guarantors:
 * a guarantor is bound only by what was addressed to it, 民法典 第693条). A mailing counts as a demand on the day
 * it was delivered or refused, or returned from an agreed or registered address (诉讼时效规定 第8条 第1款 第2项:
 * arrived or should have arrived); a `demand-sent` event alone does not, because only arrival interrupts.
 */
export function actsByParty(data: CaseFile, asOf: IsoDate, words: LimitationWording): Act[][] {
  const acts: Act[][] = data.debtors.map(() => []);
  const principalDebtors: number[] = [];
  data.debtors.forEach((d, i) => {
    if (d.role === 'debtor') principalDebtors.push(i);
  });
  const add = (party: number, date: IsoDate, kind: ActKind, source: string) => acts[party]?.push({ date, kind, party, source });

  data.events.forEach((e, i) => {
    const kind = EVENT_ACTS[e.kind];
    if (!kind || e.date > asOf) return;
    const source = words.eventSource(i, e.kind);
    if (e.party !== undefined) add(e.party, e.date, kind, source);
    else for (const party of principalDebtors) add(party, e.date, kind, source);
  });
  data.payments.forEach((p, i) => {
    if (p.date > asOf) return;
    const source = words.paymentSource(i, p.amount);
    for (const party of principalDebtors) add(party, p.date, 'payment', source);
  });
  data.mailings.forEach((m, i) => {
    if (!m.deliveredOn || m.deliveredOn > asOf) return;
    const counts = m.status === 'delivered' || m.status === 'refused' || (m.status === 'returned' && m.agreedAddress === true);
    if (counts) add(m.to, m.deliveredOn, 'demand', words.mailingSource(i, m.carrier, m.trackingNo, m.status));
  });
  for (const list of acts) if (list.length > 1) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return acts;
}

const EVENT_ACTS: Partial<Record<CaseFile['events'][number]['kind'], ActKind>> = {
  'demand-delivered': 'demand', // 民法典 第195条 第1项
  acknowledged: 'acknowledgment', // 第195条 第2项; 诉讼时效规定 第14条
  'promise-to-pay': 'promise', // 诉讼时效规定 第14条: asking for time or a payment plan is agreeing to perform
  payment: 'payment', // 诉讼时效规定 第14条: part performance is agreeing to perform
  'suit-filed': 'suit', // 第195条 第3项; 诉讼时效规定 第10条
};
