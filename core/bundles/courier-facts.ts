import type { LoadedCase } from '../case/validate.js';
import type { Mailing } from '../case/schema.js';
import type { BundleLabels } from './bundle-labels.js';
import { formatDate as formatLetterDate } from '../templates/formats.js';

/** The lines of a courier bundle's first page, each a label and a value, in the case's language. */
export function courierFacts(
  loaded: LoadedCase,
  mailing: Mailing,
  labels: BundleLabels,
  letter: { sha256: string; source: 'stored' | 'generated'; name: string },
  parts: { name: string; first: number; last: number }[],
): [string, string][] {
  const zh = labels.script === 'cjk';
  const date = (iso: string) => formatLetterDate(iso, loaded.data.locale);
  const debtor = loaded.data.debtors[mailing.to];
  const sender = loaded.data.agent
    ? `${loaded.data.creditor.name}（${loaded.data.agent.firm ?? loaded.data.agent.name}）`
    : loaded.data.creditor.name;
  const outcome = statusLine(mailing, zh, date);
  const pages = parts.map((p) => `${p.name} ${labels.pageRange(p.first, p.last)}`).join(zh ? '；' : '; ');
  return zh
    ? [
        ['寄件人', sender],
        ['收件人', debtor?.name ?? ''],
        ['收件地址', mailing.address],
        ['快递公司', mailing.carrier],
        ['运单号', mailing.trackingNo],
        ['寄出日期', date(mailing.sentOn)],
        ['投递结果', outcome],
        ['邮寄内容', letter.name],
        ['信件来源', letter.source === 'stored' ? '寄出时留存的PDF' : '由案件数据生成（生成时记录哈希值）'],
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
            : 'generated from the case (hash recorded at generation)',
        ],
        ['Letter SHA-256', letter.sha256],
        ['Contents', pages],
      ];
}

/** Refused and returned items are said so plainly: they are bundled all the same. */
function statusLine(mailing: Mailing, zh: boolean, date: (iso: string) => string): string {
  const on = mailing.deliveredOn ? date(mailing.deliveredOn) : zh ? '日期不详' : 'date not recorded';
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
