import type { CaseFile } from '../case/schema.js';
import type { IsoDate } from '../util/calendar-date.js';

export type ActKind = 'demand' | 'acknowledgment' | 'payment' | 'suit';

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
 * The acts for each debtor. An event or mailing names its debtor; an event without `party` and every entry in
 * `payments` concern each party with role debtor (not the guarantors: a guarantor is bound only by what was
 * addressed to it, 民法典 第693条). A mailing counts as a demand on the day it was delivered or refused, or
 * returned from an agreed or registered address (诉讼时效规定 第8条 第1款 第2项: arrived or should have arrived);
 * a `demand-sent` event alone does not, because only arrival interrupts.
 */
export function actsByParty(data: CaseFile, asOf: IsoDate): Map<number, Act[]> {
  const acts = new Map<number, Act[]>(data.debtors.map((_, i) => [i, []]));
  const principalDebtors = data.debtors.flatMap((d, i) => (d.role === 'debtor' ? [i] : []));
  const add = (parties: number[], act: Omit<Act, 'party'>) => {
    if (act.date <= asOf) parties.forEach((party) => acts.get(party)?.push({ ...act, party }));
  };

  data.events.forEach((e, i) => {
    const kind = EVENT_ACTS[e.kind];
    if (kind) add(e.party === undefined ? principalDebtors : [e.party], { date: e.date, kind, source: `events[${i}] ${e.kind}` });
  });
  data.payments.forEach((p, i) =>
    add(principalDebtors, { date: p.date, kind: 'payment', source: `payments[${i}] (${p.amount})` }),
  );
  data.mailings.forEach((m, i) => {
    if (!m.deliveredOn) return;
    const counts = m.status === 'delivered' || m.status === 'refused' || (m.status === 'returned' && m.agreedAddress === true);
    if (counts)
      add([m.to], { date: m.deliveredOn, kind: 'demand', source: `mailings[${i}] (${m.carrier} ${m.trackingNo}) ${m.status}` });
  });
  for (const list of acts.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return acts;
}

const EVENT_ACTS: Partial<Record<CaseFile['events'][number]['kind'], ActKind>> = {
  'demand-delivered': 'demand', // 民法典 第195条 第1项
  acknowledged: 'acknowledgment', // 第195条 第2项; 诉讼时效规定 第14条
  payment: 'payment', // 诉讼时效规定 第14条: part performance is agreeing to perform
  'suit-filed': 'suit', // 第195条 第3项; 诉讼时效规定 第10条
};
