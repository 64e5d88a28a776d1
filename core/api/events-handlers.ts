import { z } from 'zod';
import { event, mailing } from '../case/schema.js';
import { isoDate } from '../case/fields.js';
import { StoreError } from '../errors.js';
import { eventWhenSigned } from '../letters/signed-letter.js';
import { findTemplate } from '../templates/library.js';
import { EntryRefusedError } from '../store/case-entries.js';
import { addCaseFile, changeCase } from '../store/edit-case.js';
import { changeLogEntry } from '../store/log-entries.js';
import { sha256Hex } from '../util/sha256.js';
import { base64 } from './base64.js';
import { caseId } from './args.js';
import { handler } from './handler.js';

const list = (raw: Record<string, unknown>, key: string): unknown[] =>
  Array.isArray(raw[key]) ? (raw[key] as unknown[]) : ((raw[key] = []) as unknown[]);

/** The collection log and the mailings of a case: each change read and saved in one transaction. */
export const eventsHandlers = {
  /** Adds an event to the timeline (a call, SMS, visit, letter, promise to pay …). */
  'events/add': handler(z.object({ id: caseId, event }), ({ store }, args) => {
    changeCase(store, args.id, (raw) => list(raw, 'events').push(args.event));
    return { id: args.id };
  }),

  /** Changes one entry of the log, if it is still the one the user saw (`seen`); a new revision of the case. */
  'events/update': handler(z.object({ id: caseId, index: z.number().int().min(0), seen: event, event }), ({ store }, args) => {
    changeLogEntry(store, args.id, args.index, args.seen, args.event);
    return { id: args.id };
  }),

  /** Removes one entry of the log, if it is still the one the user saw; undo brings it back. */
  'events/remove': handler(z.object({ id: caseId, index: z.number().int().min(0), seen: event }), ({ store }, args) => {
    changeLogEntry(store, args.id, args.index, args.seen, null);
    return { id: args.id };
  }),

  /**
   * The debtor returned a 债务确认书 or 还款协议 signed: adds the acknowledgment its text makes it (agreeing to
   * perform, 诉讼时效规定 第19条). Refuses a template that is not signed by the debtor.
   */
  'events/signed': handler(
    z.object({ id: caseId, template: z.string().min(1), date: isoDate, party: z.number().int().min(0) }),
    ({ store }, args) => {
      changeCase(store, args.id, (raw) => {
        const meta = findTemplate(args.template, typeof raw.locale === 'string' ? raw.locale : 'zh-CN');
        const event = eventWhenSigned(meta, args.date, args.party);
        if (!event) throw new StoreError(`template: ${meta.title} is not a document the debtor signs and returns`);
        list(raw, 'events').push(event);
      });
      return { id: args.id };
    },
  ),

  /** Records a mailing (carrier, tracking number, status); its waybill and tracking record are attached after. */
  'mailings/add': handler(
    z.object({ id: caseId, mailing: mailing.omit({ waybill: true, tracking: true }) }),
    ({ store }, args) => {
      changeCase(store, args.id, (raw) => {
        const mailings = list(raw, 'mailings') as { id?: unknown }[];
        if (mailings.some((m) => m.id === args.mailing.id))
          throw new StoreError(`mailing.id: case ${args.id} already has a mailing ${args.mailing.id}; choose another id`);
        const trackingNo = args.mailing.trackingNo;
        if (mailings.some((m) => (m as { trackingNo?: unknown }).trackingNo === trackingNo))
          throw new EntryRefusedError(
            'tracking-taken',
            { trackingNo },
            `mailing.trackingNo: case ${args.id} already has a mailing ${trackingNo}`,
          );
        mailings.push(args.mailing);
      });
      return { id: args.id };
    },
  ),

  /**
   * Stores a mailing's waybill, tracking record or the letter that was mailed, and names it on the mailing in the
   * same transaction; the letter's SHA-256 is kept with it, so a courier bundle can prove it is the copy mailed.
   */
  'mailings/attach': handler(
    z.object({
      id: caseId,
      mailing: z.string().min(1),
      slot: z.enum(['waybill', 'tracking', 'letter']),
      name: z.string().min(1).max(255),
      bytes: base64,
    }),
    async ({ store }, args) => {
      const bytes = Buffer.from(args.bytes, 'base64');
      const path = await addCaseFile(store, args.id, { folder: 'mailings', name: args.name, bytes }, (raw, file) => {
        const target = (list(raw, 'mailings') as Record<string, unknown>[]).find((m) => m.id === args.mailing);
        if (!target) throw new StoreError(`mailing: case ${args.id} has no mailing ${args.mailing}`);
        target[args.slot] = file;
        if (args.slot === 'letter') target.letterSha256 = sha256Hex(bytes);
      });
      return { path };
    },
  ),
};
