import type { CaseFile } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';

export interface MailingToRecord {
  /** Template id of the letter, e.g. `demand-letter`. */
  template: string;
  /** The letter's title for the event note, e.g. `催款函`. */
  title: string;
  /** The ladder step the letter takes. */
  step: string;
  /** Path of the mailed PDF inside the case (already stored as a blob), and its SHA-256. */
  letter?: { path: string; sha256: string };
  /** The letter log: the template's version, the 函号 and the sender (docs/case-format.md, mailing). */
  log?: { templateVersion: string; letterNo?: string | undefined; sender: string };
  carrier: string;
  sentOn: IsoDate;
  to: number;
  address: string;
  /** The address is the one agreed in the contract or registered (诉讼时效规定 第8条: a return from it still counts). */
  agreedAddress: boolean;
}

/** The reference a batch gives a mailing until the carrier's number is known: unique in the database. */
export function mailingReference(caseId: number, mailingId: string): string {
  return `CP${caseId}-${mailingId}`;
}

/** Whether a tracking number is still a batch reference (`CP12-m3`), not the carrier's number. */
export function isMailingReference(trackingNo: string): boolean {
  return /^CP\d+-[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(trackingNo);
}

/** The first free mailing id `m1`, `m2` … of a case. */
export function nextMailingId(data: CaseFile): string {
  const taken = new Set(data.mailings.map((m) => m.id));
  let n = data.mailings.length + 1;
  while (taken.has(`m${n}`)) n++;
  return `m${n}`;
}

/**
 * The case as written plus a mailing in transit and the `demand-sent` event that takes the ladder step.
 * Until tracking results come in, `trackingNo` holds the batch reference (the EMS list's 客户单号);
 * `casepack tracking` replaces it with the carrier's number.
 */
export function withMailing(
  raw: Record<string, unknown>,
  data: CaseFile,
  caseId: number,
  m: MailingToRecord,
): { raw: Record<string, unknown>; mailingId: string; reference: string } {
  const mailingId = nextMailingId(data);
  const reference = mailingReference(caseId, mailingId);
  const mailing = {
    id: mailingId,
    document: m.template,
    ...(m.letter && { letter: m.letter.path, letterSha256: m.letter.sha256 }),
    ...(m.log && {
      templateVersion: m.log.templateVersion,
      ...(m.log.letterNo && { letterNo: m.log.letterNo }),
      sender: m.log.sender,
    }),
    carrier: m.carrier,
    trackingNo: reference,
    sentOn: m.sentOn,
    to: m.to,
    address: m.address,
    status: 'in-transit',
    ...(m.agreedAddress && { agreedAddress: true }),
  };
  const event = {
    date: m.sentOn,
    kind: 'demand-sent',
    party: m.to,
    mailing: mailingId,
    step: m.step,
    // In the case's language: an English or US case's log is read in English.
    note: data.locale === 'zh-CN' ? `${m.carrier}寄送${m.title}` : `${m.title} sent by ${m.carrier}`,
  };
  const mailings = Array.isArray(raw.mailings) ? raw.mailings : [];
  const events = Array.isArray(raw.events) ? raw.events : [];
  return { raw: { ...raw, mailings: [...mailings, mailing], events: [...events, event] }, mailingId, reference };
}

/** The case as written plus an event that takes a step without a mailing (a letter handed over, or sent otherwise). */
export function withStepEvent(
  raw: Record<string, unknown>,
  event: { date: IsoDate; kind: string; party?: number; step: string; note: string },
): Record<string, unknown> {
  const events = Array.isArray(raw.events) ? raw.events : [];
  return { ...raw, events: [...events, event] };
}
