import { claim, debtorAndGuarantor } from './legal-case.js';
import type { GuarantorLetterCase } from './guarantor-letters.cases.js';

// c1 due 2021-01-10: three years end 2024-01-10 (a Wednesday). c2 due 2023-01-10: 2026-01-10 is a Saturday → 2026-01-12.
const twoDebts = [
  claim('c1', '2021-01-10', '1000.00', { description: '2020年12月货款' }),
  claim('c2', '2023-01-10', '2000.00', { description: '2022年12月货款' }),
];

/**
 * Letters where some claims are time-barred and others not (民法典 第192条, 第193条): the letter lists each barred
 * claim with its own date and the note that the debtor may plead it and the court does not raise it.
 */
export const timeBarredLetterCases: GuarantorLetterCase[] = [
  {
    id: 'tb-demand-one-of-two',
    article: '民法典 第188条、第192条、第193条',
    asOf: '2024-06-03',
    case: { claims: twoDebts },
    template: 'demand-letter',
    to: 0,
    refused: null,
    says: [
      '下列款项的诉讼时效期间已经届满：2020年12月货款（诉讼时效期间于2024年1月10日届满）',
      '第一百九十二条、第一百九十三条',
      '人民法院不主动适用诉讼时效的规定',
    ],
    never: ['2022年12月货款（诉讼时效期间'],
  },
  {
    id: 'tb-lawyer-letter-one-of-two',
    article: '民法典 第192条、第193条',
    asOf: '2024-06-03',
    case: { claims: twoDebts },
    template: 'lawyer-letter',
    to: 0,
    refused: null,
    says: ['2020年12月货款（诉讼时效期间于2024年1月10日届满）', '可以提出不履行的抗辩'],
    never: ['2022年12月货款（诉讼时效期间'],
  },
  {
    id: 'tb-none-barred',
    article: '民法典 第188条',
    asOf: '2024-01-10',
    case: { claims: twoDebts },
    template: 'demand-letter',
    to: 0,
    refused: null,
    never: ['诉讼时效期间已经届满'],
  },
  // A joint guarantor asked on 2021-03-01 (its own three years to 2024-03-01) has the debtor's defence from
  // 2024-01-10 (民法典 第701条): the letter lists c1 as barred at the principal debt's date.
  {
    id: 'tb-guarantor-principal-barred',
    article: '民法典 第701条; 诉讼时效规定 第18条',
    asOf: '2024-06-03',
    case: {
      debtors: debtorAndGuarantor({ kind: 'joint', months: 60 }),
      claims: twoDebts,
      events: [{ date: '2021-03-01', kind: 'demand-delivered', party: 1 }],
    },
    template: 'demand-letter',
    to: 1,
    refused: null,
    says: ['2020年12月货款（诉讼时效期间于2024年1月10日届满）', '第六百八十八条'],
    never: ['2022年12月货款（诉讼时效期间'],
  },
];
