import type { LoadedCase } from '../case/validate.js';
import type { Mailing } from '../case/schema.js';
import type { BundleLabels } from './bundle-labels.js';
import { formatDate as formatLetterDate } from '../templates/formats.js';
import { courierEffect, courierWarningText, type CourierWarning } from './courier-notes.js';

/** The lines of a courier bundle's first page, each a label and a value, in the case's language. */
export function courierFacts(
  loaded: LoadedCase,
  mailing: Mailing,
  labels: BundleLabels,
  letter: { sha256: string; source: 'stored' | 'reconstructed'; name: string },
  parts: { name: string; first: number; last: number }[],
  warnings: readonly CourierWarning[],
): [string, string][] {
  const zh = labels.script === 'cjk';
  const date = (iso: string) => formatLetterDate(iso, loaded.data.locale);
  const debtor = loaded.data.debtors[mailing.to];
  const sender = loaded.data.agent
    ? `${loaded.data.creditor.name}（${loaded.data.agent.firm ?? loaded.data.agent.name}）`
    : loaded.data.creditor.name;
  const outcome = statusLine(mailing, zh, date);
  const pages = parts.map((p) => `${p.name} ${labels.pageRange(p.first, p.last)}`).join(zh ? '；' : '; ');
  const effect = loaded.data.locale === 'zh-CN' ? courierEffect(mailing, date) : null;
  const gaps = warnings.map((w) => courierWarningText(w, zh)).join(zh ? '；' : '; ');
  const tail: [string, string][] = [
    ...(effect ? [['法律效果', effect] as [string, string]] : []),
    ...(gaps ? [[zh ? '注意' : 'Note', gaps] as [string, string]] : []),
  ];
  const facts: [string, string][] = zh
    ? [
        ['寄件人', sender],
        ['收件人', debtor?.name ?? ''],
        ['收件地址', mailing.address],
        ['快递公司', mailing.carrier],
        ['运单号', mailing.trackingNo],
        ['寄出日期', date(mailing.sentOn)],
        ['投递结果', outcome],
        ['邮寄内容', letter.name],
        ['信件来源', letter.source === 'stored' ? '寄出时留存的PDF' : '重新生成件：根据案件数据重新生成，并非寄出原件'],
        ['信件SHA-256', letter.sha256],
        ['本册内容', pages],
      ]
    : [
        ['Sender', sender],
        ['Addressee', debtor?.name ?? ''],
        ['Address', mailing.address],
        ['Carrier', mailing.carrier],
        ['Tracking no.', mailing.trackingNo],
        ['Sent', date(mailing.sentOn)],
        ['Outcome', outcome],
        ['Enclosed', letter.name],
        [
          'Letter copy',
          letter.source === 'stored'
            ? 'the PDF kept when it was posted'
            : 'RECONSTRUCTION: regenerated from the case data, not the copy that was posted',
        ],
        ['Letter SHA-256', letter.sha256],
        ['Contents', pages],
      ];
  return [...facts, ...tail];
}

/** Refused and returned items are said so plainly: they are bundled all the same. */
function statusLine(mailing: Mailing, zh: boolean, date: (iso: string) => string): string {
  const day = mailing.deliveredOn ? date(mailing.deliveredOn) : zh ? '日期不详' : 'date not recorded';
  // Without the carrier's tracking record the outcome is only what the sender wrote down.
  const on = mailing.tracking ? day : zh ? `${day}，据寄件人记载` : `${day}, as the sender recorded it`;
  switch (mailing.status) {
    case 'delivered':
      return zh ? `已妥投签收（${on}）` : `Delivered and signed for (${on})`;
    case 'refused':
      return zh ? `收件人拒收（${on}）` : `REFUSED by the addressee (${on})`;
    case 'returned':
      return zh ? `邮件被退回（${on}）` : `RETURNED undelivered (${on})`;
    case 'in-transit':
      return zh ? '尚在投递中，未确认送达' : 'Still in transit: delivery not confirmed';
  }
}
