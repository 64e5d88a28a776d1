import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Cell } from './sheet-row.js';
import { BatchFileError } from './errors.js';
import { halfWidth } from '../util/half-width.js';

/** The facts one row can give; everything else comes from `--defaults`. */
export const ROW_FIELDS = [
  'name',
  'idNumber',
  'amount',
  'dueDate',
  'address',
  'phone',
  'contract',
  'claimId',
  'description',
  'kind',
  'contractTitle',
  'signedOn',
  'acknowledgedOn',
  'acknowledgmentKind',
  'agreesToPerform',
] as const;
export type RowField = (typeof ROW_FIELDS)[number];

export const REQUIRED_FIELDS: readonly RowField[] = ['name', 'amount', 'dueDate'];

/**
 * Header words recognised for each field, Chinese and English (docs/import.md lists the same table). Headers
 * are compared after trimming, full-width → ASCII, lower case, and without spaces, `*` and a trailing unit in
 * brackets, so `逾期金额（元）` and ` Amount* ` both match.
 */
export const HEADER_SYNONYMS: Readonly<Record<RowField, readonly string[]>> = {
  name: [
    '姓名',
    '客户姓名',
    '债务人',
    '债务人姓名',
    '借款人',
    '借款人姓名',
    '欠款人',
    '业主',
    '业主姓名',
    '客户名称',
    '单位名称',
    'name',
    'debtor',
    'debtorname',
    'customer',
    'customername',
  ],
  idNumber: ['证件号码', '身份证号', '身份证号码', '证件号', '统一社会信用代码', 'idnumber', 'id', 'idno', 'idcard'],
  amount: [
    '逾期金额',
    '欠款金额',
    '本金',
    '欠款本金',
    '逾期本金',
    '欠费金额',
    '应收金额',
    '金额',
    'amount',
    'overdueamount',
    'principal',
    'balance',
  ],
  dueDate: ['应还款日', '到期日', '到期日期', '还款日', '逾期日期', '逾期起始日', '应缴日期', 'duedate', 'due', 'dueon'],
  address: ['账单地址', '地址', '住址', '联系地址', '通讯地址', '送达地址', '房号', 'address', 'billingaddress'],
  phone: ['手机', '电话', '手机号', '手机号码', '联系电话', '电话号码', 'phone', 'mobile', 'tel'],
  contract: ['合同编号', '合同号', '借款合同编号', '协议编号', 'contract', 'contractnumber', 'contractno'],
  claimId: ['账单编号', '借据号', '借据编号', '欠款编号', '账单号', 'claimid', 'billno', 'invoiceno', 'invoice'],
  description: ['欠款事由', '欠款说明', '摘要', '费用名称', 'description'],
  kind: ['债务人类型', '客户类型', '主体类型', 'kind', 'partykind'],
  contractTitle: ['合同名称', 'contracttitle'],
  signedOn: ['签订日期', '合同签订日期', '签约日期', 'signedon', 'signdate'],
  // An acknowledgment or a demand the debtor signed: its day, which of the two, and whether it agrees to perform.
  acknowledgedOn: [
    '确认日期',
    '债务确认日期',
    '确认签收日期',
    'acknowledgedon',
    'acknowledgmentdate',
    'acknowledgementdate',
    'ackdate',
  ],
  acknowledgmentKind: ['确认方式', '确认类型', '确认种类', 'acknowledgmentkind', 'acknowledgementkind', 'ackkind'],
  agreesToPerform: ['同意履行', '是否同意履行', '同意还款', '是否同意还款', 'agreestoperform', 'agreestopay', 'agrees'],
};

export function normalizeHeader(header: string): string {
  return halfWidth(header)
    .toLowerCase()
    .replace(/[\s*_]/g, '')
    .replace(/[(（][^)）]*[)）]$/, '');
}

const lookup = new Map<string, RowField>(
  ROW_FIELDS.flatMap((field) => HEADER_SYNONYMS[field].map((word) => [normalizeHeader(word), field] as const)),
);

/** Which column (0-based) holds each field, the header text of each, and the headers nothing uses. */
export interface ColumnMap {
  index: Partial<Record<RowField, number>>;
  headers: string[];
  ignored: string[];
}

/** `--map MAP.json`: `{ "amount": "本期应还", "dueDate": "最后还款日" }` — field → header as written. */
const mapFileShape = z.partialRecord(z.enum(ROW_FIELDS), z.string().min(1));

export async function readColumnMapFile(file: string): Promise<Partial<Record<RowField, string>>> {
  let raw: unknown;
  try {
    raw = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BatchFileError(file, `cannot read the column map (${(error as Error).message})`);
  }
  const parsed = mapFileShape.safeParse(raw);
  if (!parsed.success)
    throw new BatchFileError(
      file,
      `expected { "field": "header as written" } with fields among ${ROW_FIELDS.join(', ')}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** A header row mapped without refusing anything: for the app's preview, where the user settles the rest. */
export interface ColumnGuess extends ColumnMap {
  /** Required fields no column holds. */
  missing: RowField[];
  /** Fields two columns both read as (the first one found is taken): `[field, first header, second header]`. */
  conflicts: [RowField, string, string][];
  /** Explicit names of columns the header row does not have. */
  absent: [RowField, string][];
}

/**
 * Maps the header row: the explicit map first, then (unless `synonymsToo` is false, where the explicit map
 * is the whole mapping) the synonym table for the other fields.
 */
export function guessColumns(
  headerCells: readonly Cell[],
  explicit: Partial<Record<RowField, string>> = {},
  synonymsToo = true,
): ColumnGuess {
  const headers = headerCells.map((c) => (c === null ? '' : String(c).trim()));
  const index: Partial<Record<RowField, number>> = {};
  const taken = new Set<number>();
  const conflicts: ColumnGuess['conflicts'] = [];
  const absent: ColumnGuess['absent'] = [];
  for (const [field, header] of Object.entries(explicit) as [RowField, string][]) {
    const at = headers.findIndex((h) => h === header.trim() || normalizeHeader(h) === normalizeHeader(header));
    if (at < 0) absent.push([field, header]);
    else {
      index[field] = at;
      taken.add(at);
    }
  }
  if (synonymsToo)
    headers.forEach((header, at) => {
      const field = lookup.get(normalizeHeader(header));
      if (!field || taken.has(at) || explicit[field] !== undefined) return;
      if (index[field] !== undefined) return void conflicts.push([field, headers[index[field]]!, header]);
      index[field] = at;
      taken.add(at);
    });
  const missing = REQUIRED_FIELDS.filter((f) => index[f] === undefined);
  const ignored = headers.filter((h, at) => h !== '' && !taken.has(at));
  return { index, headers, ignored, missing, conflicts, absent };
}

/** Matches the header row against the explicit map first, then the synonym table; refuses a mapping that is not whole. */
export function matchColumns(
  file: string,
  headerCells: readonly Cell[],
  explicit: Partial<Record<RowField, string>> = {},
  synonymsToo = true,
): ColumnMap {
  const guess = guessColumns(headerCells, explicit, synonymsToo);
  const { headers } = guess;
  const [absentField, absentHeader] = guess.absent[0] ?? [];
  if (absentField)
    throw new BatchFileError(
      file,
      `--map names column "${absentHeader}" for ${absentField}, but the header row has ${listHeaders(headers)}`,
      'batch-column-absent',
      { field: absentField, header: absentHeader! },
    );
  const [conflict] = guess.conflicts;
  if (conflict)
    throw new BatchFileError(
      file,
      `columns "${conflict[1]}" and "${conflict[2]}" both read as ${conflict[0]}: name the one to use with --map`,
      'batch-column-twice',
      { field: conflict[0], first: conflict[1], second: conflict[2] },
    );
  if (guess.missing.length > 0)
    throw new BatchFileError(
      file,
      `no column for ${guess.missing.map((f) => `${f} (${HEADER_SYNONYMS[f].slice(0, 4).join('/')} …)`).join(', ')} in the header row ${listHeaders(headers)}; rename the column or give --map (docs/import.md)`,
      'batch-columns-missing',
      { fields: guess.missing.join(',') },
    );
  return { index: guess.index, headers, ignored: guess.ignored };
}

function listHeaders(headers: readonly string[]): string {
  return (
    headers
      .filter((h) => h !== '')
      .map((h) => `"${h}"`)
      .join(', ') || '(empty)'
  );
}
