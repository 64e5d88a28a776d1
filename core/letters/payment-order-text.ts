import type { PaymentOrderName } from '../calc/payment-order.js';

/**
 * The sentence a Chinese letter uses to say how payments were applied (民法典 第560条, 第561条), naming the late
 * charge by `short` (违约金, 利息 …). Where the charge is an agreed 违约金 it says that courts differ on whether it is
 * 利息 under 第561条, and which view the case took. English letters show the application in their statement.
 */
export function paymentOrderText(order: PaymentOrderName, short: string | null, penalty: boolean): string | null {
  if (order !== 'prc-560-561' && order !== 'prc-560-561-penalty-last') return null;
  const charge = short ?? '利息';
  const last = order === 'prc-560-561-penalty-last';
  const within = last ? `实现债权的有关费用、本金、${charge}` : `实现债权的有关费用、${charge}、本金`;
  const dispute = !penalty
    ? ''
    : last
      ? '违约金是否属于该条所称“利息”，各地法院认识不一；本函未将违约金作为利息，在本金之后抵充。'
      : '违约金是否属于该条所称“利息”，各地法院认识不一；本函将违约金按利息的顺序抵充。';
  return (
    '上述付款依照《中华人民共和国民法典》第五百六十条、第五百六十一条抵充：付款时指定了所清偿债务的，抵充所指定的债务；' +
    '未指定的，先抵充已到期的债务，先到期的先抵充，同日到期的按比例抵充；同一笔债务依次抵充' +
    `${within}。${dispute}`
  );
}
