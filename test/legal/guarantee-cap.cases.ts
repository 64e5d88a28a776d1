import { claim, type LegalCase } from './legal-case.js';

/** A guarantee capped at a sum: what the guarantor owes and the words its letters and the complaint must hold. */
export interface GuaranteeCapCase extends Omit<LegalCase, 'parties'> {
  /** calc's `guarantors[0]`, decimal text: the covered claims' total, the cap, what is owed. */
  liability: {
    covered: string;
    cap: string | null;
    owed: string;
    capped: boolean;
    maximum?: { from: string; to: string; outside: string[] } | null;
  };
  /** The complaint's 标的总额 (what the debtor owes); default 51,950.00. */
  claimTotal?: string;
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
  // 最高额保证 and an ordinary capped guarantee told apart on the same two debts: 三月货款 arose 2024-02-15, 51,950.00
  // on 2024-06-01 as above; 五月货款 20,000.00 arose 2024-04-20, due 2024-05-15, 2024-05-16..06-01 = 17 days × 10.00 =
  // 170.00, so 20,170.00; the debtor owes 72,120.00.
  {
    id: 'maximum-amount-debts-in-period',
    article: '民法典 第690条; 担保制度解释 第15条',
    asOf: '2024-06-01',
    case: twoDebts({ type: 'maximum-amount', maxAmount: '100000.00', period: { from: '2024-01-01', to: '2024-03-31' } }),
    // Only 三月货款 arose in the period: 51,950.00, under the 100,000.00 ceiling.
    liability: {
      covered: '51950.00',
      cap: '100000.00',
      owed: '51950.00',
      capped: false,
      maximum: { from: '2024-01-01', to: '2024-03-31', outside: ['c2'] },
    },
    claimTotal: '72120.00',
    letterSays: [
      // (the letter may break a page inside the sentence, so it is checked in two parts)
      '保证合同为最高额保证（《中华人民共和国民法典》第六百九十条），您对2024年1月1日至2024年3月31日期间连续发生的债权在最高债权额人民币100,000.00元内承担保证责任；',
      '五月货款不是在该期间内发生的债权，不在本函请',
      '人民币51,950.00元（大写：人民币伍万壹仟玖佰伍拾元整）',
    ],
    complaintSays: [
      '判令被告丁某对上述第1至3项债务中于2024年1月1日至2024年3月31日期间发生的部分（五月货款不在该期间内，除外）在最高债权额人民币100,000.00元内承担连带保证责任',
      '为最高额保证（民法典第六百九十条），担保2024年1月1日至2024年3月31日期间连续发生的债权，最高债权额为人民币100,000.00元',
    ],
  },
  // Both debts arose in the period: 72,120.00 covered, the 60,000.00 ceiling bites.
  {
    id: 'maximum-amount-ceiling',
    article: '民法典 第690条; 担保制度解释 第15条',
    asOf: '2024-06-01',
    case: twoDebts({ type: 'maximum-amount', maxAmount: '60000.00', period: { from: '2024-01-01', to: '2024-12-31' } }),
    liability: {
      covered: '72120.00',
      cap: '60000.00',
      owed: '60000.00',
      capped: true,
      maximum: { from: '2024-01-01', to: '2024-12-31', outside: [] },
    },
    claimTotal: '72120.00',
    letterSays: [
      '您对2024年1月1日至2024年12月31日期间连续发生的债权在最高债权额人民币60,000.00元内承担保证责任。',
      '人民币60,000.00元（大写：人民币陆万元整）',
    ],
    complaintSays: ['在最高债权额人民币60,000.00元内承担连带保证责任'],
  },
  // The same two debts under an ordinary guarantee capped at 100,000.00 (第691条): no period, both covered, 72,120.00.
  {
    id: 'ordinary-cap-covers-every-debt',
    article: '民法典 第691条',
    asOf: '2024-06-01',
    case: twoDebts({ maxAmount: '100000.00' }),
    liability: { covered: '72120.00', cap: '100000.00', owed: '72120.00', capped: false },
    claimTotal: '72120.00',
    letterSays: ['保证合同约定您承担保证责任的最高限额为人民币100,000.00元。'],
    letterNever: ['最高额保证'],
    complaintSays: ['判令被告丁某对上述第1至3项债务承担连带保证责任', '保证合同约定保证责任的最高限额为人民币100,000.00元'],
  },
];

function twoDebts(guarantee: Record<string, unknown>): GuaranteeCapCase['case'] {
  return {
    ...capped('0.00'),
    debtors: [
      { name: '乙公司', kind: 'company', role: 'debtor' },
      { name: '丁某', kind: 'person', role: 'guarantor', guarantee: { kind: 'joint', ...guarantee } },
    ],
    claims: [
      { id: 'c1', description: '三月货款', amount: '50000.00', dueDate: '2024-03-15', arisenOn: '2024-02-15' },
      { id: 'c2', description: '五月货款', amount: '20000.00', dueDate: '2024-05-15', arisenOn: '2024-04-20' },
    ],
  } as GuaranteeCapCase['case'];
}
