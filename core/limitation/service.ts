import type { CaseFile } from '../case/schema.js';
import type { ServiceEntry } from './types.js';
import { deemedServedByPost, protocolReplyBy } from '../dates/uk-calendar.js';

/** For en-GB cases, each posted letter: deemed service (CPR 6.26) and the 30-day reply period (Debt Claims Protocol). */
export function englishService(data: CaseFile): ServiceEntry[] {
  if (data.locale !== 'en-GB') return [];
  return data.mailings.map((m) => ({
    mailing: m.id,
    party: m.to,
    sentOn: m.sentOn,
    deemedServed: deemedServedByPost(m.sentOn),
    replyBy: protocolReplyBy(m.sentOn),
  }));
}
