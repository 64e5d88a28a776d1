import { claim, type LegalCase } from './legal-case.js';

/** A guarantee capped at a sum: what the guarantor owes and the words its letters and the complaint must hold. */
export interface GuaranteeCapCase extends Omit<LegalCase, 'parties'> {
  /** calc's `guarantors[0]`, decimal text: the covered claims' total, the cap, what is owed. */
  liability: { covered: string; cap: string | null; owed: string; capped: boolean };
  /** Words (spaces removed) each written document must hold. */
  letterSays: string[];
  complaintSays: string[];
  /** Words no letter may hold: a charge running on after the capped sum it demands. */
  letterNever?: string[];
}

// Principal 50,000.00 due 2024-03-15 at 0.05 % a day: 2024-03-16..2024-06-01 is 78 days × 25.00 = 1,950.00, so the
// debtor owes 51,950.00 on 2024-06-01, inside the six-month guarantee period (to 2024-09-18).
const capped = (maxAmount: string) => ({
  debtors: [
    { name: '乙公司', kind: 'company' as const, role: 'debtor' as const },
    { name: '丁某', kind: 'person' as const, role: 'guarantor' as const, guarantee: { kind: 'joint' as const, maxAmount } },
  ],
  claims: [claim('c1', '2024-03-15', '50000.00', { description: '三月货款' })],
  lateCharge: { kind: 'daily-rate' as const, rate: '0.0005' },
  filing: { caseType: 'sale-of-goods' as const, court: '上海市浦东新区人民法院', courtBasis: 'defendant-domicile' as const },
});

/** 民法典 第691条 (the scope as agreed), 第690条 (a 最高额保证's ceiling): the guarantor owes at most the agreed sum. */
export const guaranteeCapCases: GuaranteeCapCase[] = [
  {
    id: 'cap-below-debt',
    article: '民法典 第691条',
    asOf: '2024-06-01',
    case: capped('30000.00'),
    liability: { covered: '51950.00', cap: '30000.00', owed: '30000.00', capped: true },
    letterSays: [
      '保证合同约定您承担保证责任的最高限额为人民币30,000.00元，您在此限额内承担保证责任。',
      '人民币30,000.00元（大写：人民币叁万元整）',
    ],
    letterNever: ['叁万元整），违约金自'],
    complaintSays: [
      '判令被告丁某对上述第1至3项债务在保证合同约定的最高限额人民币30,000.00元内承担连带保证责任',
      '保证合同约定保证责任的最高限额为人民币30,000.00元',
    ],
  },
  {
    id: 'cap-above-debt',
    article: '民法典 第691条',
    asOf: '2024-06-01',
    case: capped('60000.50'),
    liability: { covered: '51950.00', cap: '60000.50', owed: '51950.00', capped: false },
    letterSays: ['保证合同约定您承担保证责任的最高限额为人民币60,000.50元。'],
    complaintSays: ['判令被告丁某对上述第1至3项债务承担连带保证责任', '保证合同约定保证责任的最高限额为人民币60,000.50元'],
  },
];
