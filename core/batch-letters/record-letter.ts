import type { IsoDate } from '../dates/calendar-date.js';
import type { GeneratedLetter } from '../letters/generate-letter.js';
import type { EmsLine } from '../mailing/ems-list.js';
import { localCarrier } from '../mailing/carriers.js';
import { withMailing, withStepEvent } from '../mailing/record-mailing.js';
import { sha256Hex } from '../util/sha256.js';
import { storeBlobBytes } from '../store/blobs.js';
import type { CaseFileBlob } from '../store/case-rows.js';
import type { Store } from '../store/open.js';
import type { Sender } from '../senders/sender.js';
import { emsLine, senderOf } from './ems-line.js';
import { templateVersion } from './template-version.js';
import type { SelectedCase } from './select-cases.js';

/** A case's changes, written for all the batch's cases in one transaction once every letter is written. */
export interface PendingUpdate {
  caseId: number;
  ladder: string;
  raw: Record<string, unknown>;
  added: CaseFileBlob[];
}

/** A sender of Settings a batch goes out under: numbers its letters, is named on each mailing and the EMS list. */
export type BatchSender = Pick<Sender, 'id' | 'prefix' | 'name' | 'phone' | 'lines'>;

/**
 * How a batch records the letters it wrote: mailed, by `carrier` or else by the carrier of each case's law
 * (LOCAL_CARRIERS), or only as a step taken.
 */
export type MailOption = { carrier?: string | undefined; agreedAddress: boolean } | false;

/** What recording one written letter adds to the batch. */
export interface RecordedLetter {
  update?: PendingUpdate;
  emsLine?: EmsLine;
  /** The mailing's reference, when the letter is recorded as mailed. */
  mailing?: string;
  /** The mailing's id in the case (`m1`). */
  mailingId?: string;
  /** Why the letter is not recorded as mailed although the batch mails: the addressee has no address. */
  notMailed?: string;
}

/**
 * The case's record of a written letter: with `mail` and an address, a mailing in transit whose letter is the
 * PDF stored with the case, and a line of the EMS list; without `mail`, a `letter` event for the step; with
 * `mail` but no address, nothing (the letter is reported as not mailed).
 */
export async function recordLetter(
  store: Store,
  { stored, ladder, step }: SelectedCase,
  letter: { generated: GeneratedLetter; pdf: Uint8Array; to: number; letterNo?: string | undefined },
  { asOf, mail, sender: chosen }: { asOf: IsoDate; mail: MailOption; sender?: BatchSender | undefined },
): Promise<RecordedLetter> {
  const { id: caseId, data } = stored;
  const raw = stored.raw as Record<string, unknown>;
  const debtor = data.debtors[letter.to]!;
  const address = debtor.address;
  if (mail && address) {
    const sender = senderOf(data, chosen);
    const taken = new Set(stored.files.map((f) => f.path));
    let path = `letters/${asOf}-${step.id}.pdf`;
    for (let k = 2; taken.has(path); k++) path = `letters/${asOf}-${step.id}-${k}.pdf`;
    const blob = await storeBlobBytes(store.blobDir, letter.pdf);
    const recorded = withMailing(raw, data, caseId, {
      template: letter.generated.meta.id,
      title: step.title,
      step: step.id,
      letter: { path, sha256: sha256Hex(letter.pdf) },
      log: {
        templateVersion: templateVersion(letter.generated.meta.dir),
        letterNo: letter.letterNo,
        sender: sender.name,
      },
      carrier: mail.carrier ?? localCarrier(data.locale).name,
      sentOn: asOf,
      to: letter.to,
      address,
      agreedAddress: mail.agreedAddress,
    });
    return {
      update: { caseId, ladder, raw: recorded.raw, added: [{ path, blob }] },
      // The EMS list is China Post's: only a Chinese case's letter goes on it.
      ...(data.locale === 'zh-CN' && {
        emsLine: emsLine(data, letter.to, step.title, letter.generated.statement.total, recorded.reference, sender),
      }),
      mailing: recorded.reference,
      mailingId: recorded.mailingId,
    };
  }
  if (mail) return { notMailed: `${debtor.name} has no address in the case` };
  const event = {
    date: asOf,
    kind: 'letter',
    party: letter.to,
    step: step.id,
    note: data.locale === 'zh-CN' ? `生成${step.title}` : `${step.title} made`,
  };
  return { update: { caseId, ladder, raw: withStepEvent(raw, event), added: [] } };
}
