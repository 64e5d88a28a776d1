import type { CaseFile } from '../case/schema.js';
import type { EmsLine } from '../mailing/ems-list.js';
import type { Cents } from '../money/cents.js';
import { formatGroupedCents } from '../money/money.js';
import type { Sender } from '../senders/sender.js';

/**
 * The EMS list line for one letter. 内件品名 names the letter and the debt (contract and sum), so that the
 * posting record alone shows what was sent: `催款函（信用卡领用合约 XYK-1，欠款￥12,345.60）`. The sender is the
 * one the letter goes out under (`senderOf`).
 */
export function emsLine(
  data: CaseFile,
  to: number,
  title: string,
  total: Cents,
  reference: string,
  sender: PostalSender = senderOf(data),
): EmsLine {
  const debtor = data.debtors[to]!;
  const contract = data.contract ? `${data.contract.title}${data.contract.number ? ` ${data.contract.number}` : ''}，` : '';
  const sign = data.currency === 'CNY' ? '￥' : `${data.currency} `;
  return {
    reference,
    addressee: debtor.name,
    phone: debtor.phone ?? '',
    address: debtor.address ?? '',
    contents: `${title}（${contract}欠款${sign}${formatGroupedCents(total)}）`,
    senderName: sender.name,
    senderPhone: sender.phone ?? '',
    senderAddress: sender.address ?? '',
    note: data.title,
  };
}

export interface PostalSender {
  name: string;
  phone?: string | undefined;
  address?: string | undefined;
}

/**
 * Who sends a case's letters: the sender of Settings the batch chose; else the law firm when the case has an
 * agent, otherwise the creditor.
 */
export function senderOf(data: CaseFile, chosen?: Pick<Sender, 'name' | 'phone' | 'lines'>): PostalSender {
  if (chosen) return { name: chosen.name, phone: chosen.phone, ...(chosen.lines.length && { address: chosen.lines.join(' ') }) };
  return data.agent
    ? { name: data.agent.firm ?? data.agent.name, phone: data.agent.phone, address: data.agent.address }
    : data.creditor;
}
