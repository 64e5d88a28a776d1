import { caseIssues } from '../case/validate.js';
import type { CaseFile } from '../case/schema.js';
import type { RowField, ColumnMap } from './columns.js';
import type { BatchDefaults, DebtKind } from './defaults.js';
import type { RowProblem } from './errors.js';
import type { RowValues } from './read-row.js';

/** Which row field a case-file path came from, to name the column in a problem. */
const PATH_FIELDS: [RegExp, RowField][] = [
  [/^debtors\[0\]\.name/, 'name'],
  [/^debtors\[0\]\.idNumber/, 'idNumber'],
  [/^debtors\[0\]\.address/, 'address'],
  [/^debtors\[0\]\.phone/, 'phone'],
  [/^claims\[0\]\.amount/, 'amount'],
  [/^claims\[0\]\.dueDate/, 'dueDate'],
  [/^claims\[0\]\.id/, 'claimId'],
  [/^claims\[0\]\.description/, 'description'],
  [/^contract\.number/, 'contract'],
  [/^contract\.title/, 'contractTitle'],
  [/^contract\.signedOn/, 'signedOn'],
  [/^events\[0\]\.date/, 'acknowledgedOn'],
  [/^events\[0\]\.kind/, 'acknowledgmentKind'],
  [/^events\[0\]\.agreesToPerform/, 'agreesToPerform'],
];

/** Organisations by the words their names end in; everyone else is a person (a column 债务人类型 overrides). */
const COMPANY_NAME = /(公司|集团|企业|厂|店|商行|中心|事务所|合作社|研究院|学校|医院|银行|Ltd\.?|Limited|LLC|Inc\.?|PLC)$/i;

/**
 * The key that makes a re-import find the case it created (docs/import.md): the contract number when the
 * row has one, otherwise the debtor's ID number and the claim's id (its 账单编号, or its due date).
 */
export function importKey(values: RowValues): string | undefined {
  if (values.contract) return `contract:${values.contract}`;
  if (values.idNumber) return `id:${values.idNumber}:${claimId(values)}`;
  return undefined;
}

export function claimId(values: RowValues): string {
  return values.claimId ?? `C${values.dueDate.replaceAll('-', '')}`;
}

/** One case from one row and the shared facts; validated like any case file, each issue put back on its column. */
export function buildCase(
  values: RowValues,
  defaults: BatchDefaults,
  row: number,
  columns: ColumnMap,
): { raw?: Record<string, unknown>; data?: CaseFile; problems: RowProblem[] } {
  const locale = defaults.locale ?? 'zh-CN';
  const zh = locale === 'zh-CN';
  const creditor = defaults.creditor!;
  const contractTitle =
    values.contractTitle ?? defaults.contract?.title ?? (values.contract ? defaultContractTitle(defaults) : undefined);
  const description =
    values.description ??
    defaults.claimDescription ??
    (contractTitle ? `${contractTitle}${zh ? '项下欠款' : ' balance'}` : zh ? '逾期欠款' : 'Overdue balance');
  const debtor = {
    name: values.name,
    kind: values.kind ?? (COMPANY_NAME.test(values.name) ? 'company' : 'person'),
    role: 'debtor',
    ...(values.idNumber && { idNumber: values.idNumber }),
    ...(values.address && { address: values.address }),
    ...(values.phone && { phone: values.phone }),
  };
  const contract =
    values.contract || contractTitle
      ? {
          title: contractTitle,
          ...(values.contract && { number: values.contract }),
          ...((values.signedOn ?? defaults.contract?.signedOn) && { signedOn: values.signedOn ?? defaults.contract?.signedOn }),
        }
      : undefined;
  const raw: Record<string, unknown> = {
    version: 1,
    locale,
    title: zh ? `${creditor.name}诉${values.name}欠款纠纷` : `${creditor.name} v ${values.name}`,
    currency: defaults.currency ?? 'CNY',
    creditor,
    debtors: [debtor],
    ...(defaults.agent && { agent: defaults.agent }),
    ...(contract && { contract }),
    claims: [{ id: claimId(values), description, amount: values.amount, dueDate: values.dueDate }],
    ...(defaults.lateCharge && { lateCharge: defaults.lateCharge }),
    ...(values.acknowledgedOn && { events: [acknowledgment(values)] }),
  };
  const { data, issues } = caseIssues(raw);
  if (data) return { raw, data, problems: [] };
  const problems = issues.map((issue): RowProblem => {
    const field = PATH_FIELDS.find(([pattern]) => pattern.test(issue.path))?.[1];
    const at = field === undefined ? undefined : columns.index[field];
    return {
      row,
      column: at === undefined ? `(${issue.path})` : (columns.headers[at] ?? String(field)),
      value: field === undefined ? '' : String(values[field] ?? ''),
      code: 'invalid-value',
      params: { field: field ?? issue.path },
      message: issue.message,
    };
  });
  return { problems };
}

/**
 * The row's acknowledgment as the app's collection log records one: the debtor's event, its kind (an
 * acknowledgment unless the row says a signed demand) and, when the row says, whether the debtor agrees to
 * perform — only agreeing revives a debt whose limitation has run (诉讼时效规定 第19条).
 */
function acknowledgment(values: RowValues): Record<string, unknown> {
  return {
    date: values.acknowledgedOn,
    kind: values.acknowledgmentKind ?? 'acknowledged',
    party: 0,
    ...(values.agreesToPerform && { agreesToPerform: values.agreesToPerform === 'yes' }),
  };
}

/**
 * The contract's name for a row that gives a contract number but no 合同名称 and whose defaults name no title:
 * the usual name of a contract of that kind of debt (`debtKind`), else just "contract". The number stays in
 * `contract.number`, where letters print it (《借款合同》（合同编号：…）).
 */
export function defaultContractTitle(defaults: BatchDefaults): string {
  const zh = (defaults.locale ?? 'zh-CN') === 'zh-CN';
  const titles = CONTRACT_TITLES[defaults.debtKind ?? 'other'];
  return zh ? titles.zh : titles.en;
}

/** The usual name of the contract behind each kind of debt (the kinds of core/case/schema.ts FILING_CASE_TYPES). */
const CONTRACT_TITLES: Record<DebtKind | 'other', { zh: string; en: string }> = {
  'sale-of-goods': { zh: '买卖合同', en: 'Sale of goods contract' },
  'financial-loan': { zh: '借款合同', en: 'Loan agreement' },
  'credit-card': { zh: '信用卡领用合约', en: 'Credit card agreement' },
  'property-service': { zh: '物业服务合同', en: 'Property management agreement' },
  'private-loan': { zh: '借款合同', en: 'Loan agreement' },
  other: { zh: '合同', en: 'Contract' },
};
