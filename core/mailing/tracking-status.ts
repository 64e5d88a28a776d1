import type { Mailing } from '../case/schema.js';

/**
 * A carrier's status words as a mailing status. EMS and SF write 妥投/签收/已签收 for delivery, 拒收 for a
 * refusal, 退回/退件/退回妥投 for a return; anything still moving is in transit.
 */
export function carrierStatus(text: string): Mailing['status'] | undefined {
  const word = text.trim().toLowerCase();
  if (word === '') return undefined;
  if (/拒收|拒签|refus/.test(word)) return 'refused';
  if (/退回|退件|退还|返回|return/.test(word)) return 'returned';
  if (/妥投|签收|投递成功|已投递|delivered/.test(word)) return 'delivered';
  if (/在途|运输|揽收|收寄|派送|投递中|transit|posted|accepted/.test(word)) return 'in-transit';
  return undefined;
}
