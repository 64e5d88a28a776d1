import type { DeskRow } from '../../../../core/api/public-api.js';

export type SortKey = 'stage' | 'creditor' | 'amount' | 'deadline' | 'next';
export interface DeskSort {
  key: SortKey;
  descending: boolean;
}

/** `group` and `creditor` filter values meaning every one. */
export const ANY = '*';

export interface DeskFilter {
  group: string;
  creditor: string;
  query: string;
  attentionOnly: boolean;
}

export interface DeskSection {
  group: string;
  rows: DeskRow[];
}

/** The desk's sections, in the order a case climbs: the ladders' steps, then suit, then done or settled. */
const GROUP_ORDER = [
  'reminder',
  'property-fee-notice',
  'demand-letter',
  'lawyer-letter',
  'letter-before-claim',
  'letter-of-claim',
  'validation-notice',
  'suit',
  'enforcement',
  'ladder-done',
  'settled',
  '', // still being calculated
];
const STAGE_ORDER = [
  null,
  'reminder',
  'property-fee-notice',
  'demand-letter',
  'lawyer-letter',
  'letter-before-claim',
  'letter-of-claim',
  'validation-notice',
  'suit',
  'suit-filed',
  'judgment-in-force',
];

const rank = (order: readonly (string | null)[], id: string | null) => {
  const i = order.indexOf(id);
  return i < 0 ? order.indexOf('suit') - 0.5 : i; // a step of a user's own ladder: among the steps, before the suit
};

/** Amounts from the API as whole cents, so that sorting is exact (`"1409.50"` → 140950n). */
const cents = (amount: string | null) => (amount === null ? null : BigInt(amount.replace('.', '')));

function compareNullable<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

const byNumber = (a: number | bigint, b: number | bigint) => (a < b ? -1 : a > b ? 1 : 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A comparator for one column; rows that lack the value go last either way. */
function comparator(sort: DeskSort): (a: DeskRow, b: DeskRow) => number {
  const sign = sort.descending ? -1 : 1;
  const keyed = <T>(value: (r: DeskRow) => T | null, compare: (a: T, b: T) => number) => {
    const memo = new Map<DeskRow, T | null>();
    const get = (r: DeskRow) => (memo.has(r) ? memo.get(r)! : (memo.set(r, value(r)), memo.get(r)!));
    return (a: DeskRow, b: DeskRow) => {
      const x = get(a);
      const y = get(b);
      if (x === null || y === null) return compareNullable(x, y, compare);
      return sign * compare(x, y) || a.id - b.id;
    };
  };
  switch (sort.key) {
    case 'amount':
      return keyed((r) => cents(r.total), byNumber);
    case 'creditor':
      return keyed(
        (r) => r.creditor || null,
        (a, b) => a.localeCompare(b, 'zh-CN'),
      );
    case 'deadline':
      return keyed((r) => r.deadlines[0]?.daysLeft ?? null, byNumber);
    case 'next':
      return keyed((r) => r.nextDueOn, byText);
    case 'stage':
      return keyed((r) => `${String(rank(STAGE_ORDER, r.stage)).padStart(4, '0')}|${r.stageOn ?? ''}`, byText);
  }
}

/** The lower-cased text a search looks in, per row, made once per list. */
export function searchText(rows: readonly DeskRow[]): Map<number, string> {
  return new Map(rows.map((r) => [r.id, [r.title, r.debtor, r.creditor, r.contractNumber ?? ''].join('\u0000').toLowerCase()]));
}

/** The rows that pass the filters, sorted, in sections by the next step. */
export function deskSections(
  rows: readonly DeskRow[],
  haystack: ReadonlyMap<number, string>,
  filter: DeskFilter,
  sort: DeskSort,
): DeskSection[] {
  const needle = filter.query.trim().toLowerCase();
  const sections = new Map<string, DeskRow[]>();
  for (const r of rows) {
    if (filter.attentionOnly && !r.attention && !r.pending) continue;
    if (filter.group !== ANY && r.group !== filter.group) continue;
    if (filter.creditor !== ANY && r.creditor !== filter.creditor) continue;
    if (needle !== '' && !haystack.get(r.id)?.includes(needle)) continue;
    const list = sections.get(r.group);
    if (list) list.push(r);
    else sections.set(r.group, [r]);
  }
  const compare = comparator(sort);
  return [...sections]
    .sort(([a], [b]) => rank(GROUP_ORDER, a) - rank(GROUP_ORDER, b))
    .map(([group, list]) => ({ group, rows: list.sort(compare) }));
}

/** The groups and creditors present, for the filters' choices. */
export function choices(rows: readonly DeskRow[]): { groups: string[]; creditors: string[] } {
  const groups = [...new Set(rows.map((r) => r.group))].sort((a, b) => rank(GROUP_ORDER, a) - rank(GROUP_ORDER, b));
  const creditors = [...new Set(rows.map((r) => r.creditor).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return { groups, creditors };
}
