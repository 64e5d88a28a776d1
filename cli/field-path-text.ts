import type { Language } from '../core/util/language.js';

/** An entry of a list, for people: `第1笔债权` / `claim 1`. */
const LISTS: Record<string, Record<Language, (n: number) => string>> = {
  claims: { zh: (n) => `第${n}笔债权`, en: (n) => `claim ${n}` },
  debtors: { zh: (n) => `第${n}个债务人`, en: (n) => `debtor ${n}` },
  payments: { zh: (n) => `第${n}笔付款`, en: (n) => `payment ${n}` },
  evidence: { zh: (n) => `第${n}份证据`, en: (n) => `evidence ${n}` },
  events: { zh: (n) => `第${n}条记录`, en: (n) => `event ${n}` },
  mailings: { zh: (n) => `第${n}次邮寄`, en: (n) => `mailing ${n}` },
  property: { zh: (n) => `第${n}条财产线索`, en: (n) => `property clue ${n}` },
};

/** A field's name in Chinese; in English its name in words (`dueDate` → `due date`) where not listed here. */
const FIELDS_ZH: Record<string, string> = {
  version: '格式版本',
  locale: '语言地区',
  title: '标题',
  currency: '币种',
  creditor: '债权人',
  debtors: '债务人',
  claims: '债权',
  payments: '付款',
  evidence: '证据',
  events: '记录',
  mailings: '邮寄',
  contract: '合同',
  name: '名称',
  kind: '类型',
  idNumber: '证件号码',
  address: '地址',
  phone: '电话',
  representative: '法定代表人',
  role: '身份',
  guarantee: '保证',
  months: '月数',
  scope: '保证范围',
  maxAmount: '最高额',
  type: '保证种类',
  period: '债权发生期间',
  arisenOn: '债权发生日期',
  number: '编号',
  signedOn: '签订日期',
  id: '编号',
  description: '内容',
  amount: '金额',
  dueDate: '到期日',
  date: '日期',
  claim: '所抵债权',
  note: '备注',
  party: '对象',
  file: '文件',
  source: '来源',
  purpose: '证明目的',
  original: '原件',
  carrier: '承运人',
  trackingNo: '运单号',
  sentOn: '寄出日期',
  to: '收件人',
  status: '状态',
  deliveredOn: '签收日期',
  rate: '利率',
  lateCharge: '违约金/利息约定',
  court: '法院',
  caseNumber: '案号',
  effectiveOn: '生效日期',
};

const EN_FIELDS: Record<string, string> = { idNumber: 'ID number', trackingNo: 'tracking number', to: 'addressee' };

/** A guarantee period's ends (elsewhere `to` names the addressee of a mailing). */
const PERIOD_ENDS: Record<string, Record<Language, string>> = {
  from: { zh: '起始日', en: 'first day' },
  to: { zh: '截止日', en: 'last day' },
};

function words(key: string): string {
  return EN_FIELDS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * A case file's data path for people: `claims[0].amount` → `第1笔债权 金额` / `claim 1, amount`. Never the
 * JSON path itself: the list entry is counted from 1 and each field named.
 */
export function fieldPathText(path: string, language: Language): string {
  if (path === '(root)' || path === '') return language === 'zh' ? '案件文件' : 'the case file';
  const parts: string[] = [];
  const tokens = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (typeof token === 'string' && typeof next === 'number') {
      const list = LISTS[token];
      parts.push(
        list
          ? list[language](next + 1)
          : language === 'zh'
            ? `${FIELDS_ZH[token] ?? words(token)}第${next + 1}项`
            : `${words(token)} ${next + 1}`,
      );
      i++;
    } else if (typeof token === 'number') parts.push(language === 'zh' ? `第${token + 1}项` : `item ${token + 1}`);
    else if (tokens[i - 1] === 'period' && PERIOD_ENDS[token]) parts.push(PERIOD_ENDS[token][language]);
    else parts.push(language === 'zh' ? (FIELDS_ZH[token] ?? words(token)) : words(token));
  }
  return parts.join(language === 'zh' ? ' ' : ', ');
}
