import type { Mailing } from '../case/schema.js';
import { carrierNamed, fitsCarrier } from '../mailing/carriers.js';
import { isMailingReference } from '../mailing/record-mailing.js';

/** What a courier bundle lacks as proof, by code; the CLI, the app and the first page each render it. */
export type CourierWarning =
  | { code: 'letter-reconstructed'; mailing: string }
  | { code: 'no-waybill'; mailing: string }
  | { code: 'no-carrier-number'; mailing: string; trackingNo: string }
  | { code: 'tracking-no-shape'; mailing: string; trackingNo: string; carrier: string; example: string }
  | { code: 'no-tracking-record'; mailing: string; status: Mailing['status'] };

/** The gaps in the proof of one mailing: the letter not the copy kept, no waybill or carrier number, no tracking record. */
export function courierWarnings(mailing: Mailing, letterSource: 'stored' | 'reconstructed'): CourierWarning[] {
  const warnings: CourierWarning[] = [];
  const id = mailing.id;
  if (letterSource === 'reconstructed') warnings.push({ code: 'letter-reconstructed', mailing: id });
  if (!mailing.waybill) warnings.push({ code: 'no-waybill', mailing: id });
  if (isMailingReference(mailing.trackingNo))
    warnings.push({ code: 'no-carrier-number', mailing: id, trackingNo: mailing.trackingNo });
  else {
    const carrier = carrierNamed(mailing.carrier);
    if (carrier && !fitsCarrier(carrier, mailing.trackingNo))
      warnings.push({
        code: 'tracking-no-shape',
        mailing: id,
        trackingNo: mailing.trackingNo,
        carrier: carrier.name,
        example: carrier.example,
      });
  }
  // Delivery, refusal or return is the carrier's record to prove, not the sender's word.
  if (!mailing.tracking && mailing.status !== 'in-transit')
    warnings.push({ code: 'no-tracking-record', mailing: id, status: mailing.status });
  return warnings;
}

/** A warning as a sentence, in Chinese or English. */
export function courierWarningText(w: CourierWarning, zh: boolean): string {
  switch (w.code) {
    case 'letter-reconstructed':
      return zh
        ? `邮件${w.mailing}：未留存寄出的信件，本册所附信件系根据案件数据重新生成，并非寄出原件`
        : `mailing ${w.mailing}: no copy of the letter that was posted is stored; the letter in this bundle is a reconstruction from the case data, not the copy mailed`;
    case 'no-waybill':
      return zh
        ? `邮件${w.mailing}：未附快递运单，寄出事实与运单号无凭证`
        : `mailing ${w.mailing}: no waybill is attached, so nothing in the bundle shows the item was posted under this number`;
    case 'no-carrier-number':
      return zh
        ? `邮件${w.mailing}：${w.trackingNo}是批量寄送时的客户单号，尚非快递公司的运单号`
        : `mailing ${w.mailing}: ${w.trackingNo} is the batch reference, not the carrier's tracking number`;
    case 'tracking-no-shape':
      return zh
        ? `邮件${w.mailing}：${w.trackingNo}不像${w.carrier}的运单号（例如 ${w.example}），请核对`
        : `mailing ${w.mailing}: ${w.trackingNo} does not look like a ${w.carrier} tracking number (such as ${w.example}); check it`;
    case 'no-tracking-record':
      return zh
        ? `邮件${w.mailing}：未附物流记录，“${STATUS_ZH[w.status]}”仅为寄件人记载，无快递公司的凭证`
        : `mailing ${w.mailing}: no tracking record is attached, so "${w.status}" rests on the sender's word, not the carrier's record`;
  }
}

const STATUS_ZH: Record<Mailing['status'], string> = {
  'in-transit': '投递中',
  delivered: '已妥投',
  refused: '拒收',
  returned: '退回',
};

/**
 * What the outcome means for limitation under PRC law, for a zh-CN case: a demand that arrived, or should have
 * arrived, interrupts limitation on that day; null when the mailing does not count (yet).
 */
export function courierEffect(mailing: Mailing, date: (iso: string) => string): string | null {
  if (!mailing.deliveredOn) return null;
  const on = date(mailing.deliveredOn);
  switch (mailing.status) {
    case 'delivered':
      return `${on}送达，诉讼时效自该日中断（民法典 第195条 第1项；诉讼时效规定 第8条 第1款 第2项）`;
    // 诉讼时效规定 第8条 第1款 第2项: refused mail "应当到达", so it counts as arrived on the day it was refused.
    case 'refused':
      return `拒收视为送达：收件人拒收的，该文书视为已到达（应当到达，诉讼时效规定 第8条 第1款 第2项），诉讼时效自拒收之日${on}中断（民法典 第195条 第1项）`;
    case 'returned':
      return mailing.agreedAddress
        ? `寄往约定或登记地址的邮件被退回的，视为已到达（应当到达，诉讼时效规定 第8条 第1款 第2项），诉讼时效自${on}中断`
        : '邮件被退回且地址并非约定或登记地址：不能证明催告已到达，诉讼时效未因此中断（诉讼时效规定 第8条）';
    case 'in-transit':
      return null;
  }
}
