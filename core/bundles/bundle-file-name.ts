import type { CaseFile } from '../case/schema.js';
import { letterFileName } from '../letters/letter-file-name.js';
import { labelsFor } from './bundle-labels.js';

/**
 * The name a bundle is kept and saved under, as letters are named (`letterFileName`): its date, its title
 * in the case's language and the party it concerns, safe on every system and short enough in bytes.
 * An evidence bundle: the day it is submitted and the debtor (`2026-11-30 证据材料 杭州明禾建材贸易.pdf`);
 * a courier bundle: the day the letter was posted, the mailing's id and its addressee
 * (`2025-03-10 邮寄送达证据 m1 周立新.pdf`), so that two mailings never share a name.
 */
export function bundleFileName(
  data: CaseFile,
  bundle: { kind: 'evidence'; date: string } | { kind: 'courier'; mailing: string },
): string {
  const labels = labelsFor(data.locale);
  if (bundle.kind === 'evidence') {
    const debtor = data.debtors.find((d) => d.role === 'debtor') ?? data.debtors[0];
    return letterFileName(bundle.date, labels.coverTitle, debtor?.name ?? '', 'pdf');
  }
  const mailing = data.mailings.find((m) => m.id === bundle.mailing);
  const to = mailing ? data.debtors[mailing.to]?.name : undefined;
  return letterFileName(mailing?.sentOn ?? '', `${labels.courierTitle} ${bundle.mailing}`, to ?? '', 'pdf');
}
