import { z } from 'zod';
import { evidence, mailing, MAILING_STATUSES } from '../case/schema.js';
import { keptLetters } from '../mailing/kept-letters.js';
import { changeCaseEntry, EntryRefusedError } from '../store/case-entries.js';
import { caseId } from './args.js';
import { handler } from './handler.js';

const index = z.number().int().min(0);
const typed = (max: number) => z.string().max(max);

/** What the evidence table lets the user change of an exhibit: the file stays. */
const evidenceChanges = z.object({ title: typed(500), source: typed(500), purpose: typed(2000), original: z.boolean() });

/** What the mailings table lets the user change of a mailing, as typed (a blank date or text is a field not given). */
const mailingChanges = z.object({
  carrier: typed(200),
  trackingNo: typed(200),
  sentOn: typed(10),
  status: z.enum(MAILING_STATUSES),
  deliveredOn: typed(10),
  address: typed(1000),
});

/** An entry with the typed fields set: text left blank removes the field, so the case file says what is missing. */
function withChanges(entry: Record<string, unknown>, changes: Record<string, string | boolean>): Record<string, unknown> {
  const typed = Object.entries(changes).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]);
  return Object.fromEntries(Object.entries({ ...entry, ...Object.fromEntries(typed) }).filter(([, value]) => value !== ''));
}

/**
 * One exhibit or one mailing of a case changed or removed in place, each if it is still the entry the user saw
 * (`seen`), each a revision. They answer the fields the case file refuses (`{ errors }`), like `cases/save`.
 */
export const entriesHandlers = {
  'evidence/update': handler(z.object({ id: caseId, index, seen: evidence, entry: evidenceChanges }), ({ store }, args) => ({
    errors: changeCaseEntry(
      store,
      { id: args.id, list: 'evidence', index: args.index, seen: args.seen, schema: evidence },
      (_, list) => void (list[args.index] = withChanges(list[args.index]!, args.entry)),
    ),
  })),

  /** Removes an exhibit; its file stays stored, so undo brings both back. Refused while an event names it. */
  'evidence/remove': handler(z.object({ id: caseId, index, seen: evidence }), ({ store }, args) => ({
    errors: changeCaseEntry(
      store,
      { id: args.id, list: 'evidence', index: args.index, seen: args.seen, schema: evidence },
      (raw, list) => {
        const events = Array.isArray(raw.events) ? (raw.events as { evidence?: unknown; date?: unknown }[]) : [];
        const naming = events.find((e) => e.evidence === args.seen.id);
        if (naming)
          throw new EntryRefusedError(
            'evidence-in-use',
            { title: args.seen.title, date: String(naming.date ?? '') },
            `evidence ${args.seen.id}: an event of ${String(naming.date)} names it; change that event first`,
          );
        list.splice(args.index, 1);
      },
    ),
  })),

  /** Changes a mailing's carrier, tracking number, dates, status or address; a tracking number is used once. */
  'mailings/update': handler(z.object({ id: caseId, index, seen: mailing, changes: mailingChanges }), ({ store }, args) => ({
    errors: changeCaseEntry(
      store,
      { id: args.id, list: 'mailings', index: args.index, seen: args.seen, schema: mailing },
      (_, list) => void (list[args.index] = withChanges(list[args.index]!, args.changes)),
    ),
  })),

  /**
   * Names, as the letter this mailing carried, a letter PDF kept with the case (one CasePack made and stored with
   * another mailing, or under letters/), with its SHA-256: the exact copy, not a new one.
   */
  'mailings/link-letter': handler(
    z.object({ id: caseId, index, seen: mailing, path: z.string().min(1).max(1000) }),
    ({ store }, args) => ({
      errors: changeCaseEntry(
        store,
        { id: args.id, list: 'mailings', index: args.index, seen: args.seen, schema: mailing },
        (_, list, current) => {
          const kept = keptLetters(current.files).find((f) => f.path === args.path);
          if (!kept)
            throw new EntryRefusedError(
              'letter-not-kept',
              { name: args.path.split('/').pop() ?? '' },
              `${args.path}: not a letter kept with case ${args.id}`,
            );
          Object.assign(list[args.index]!, { letter: kept.path, letterSha256: kept.sha256 });
        },
      ),
    }),
  ),
};
