import type { CaseIssue, ErrorParams } from '../errors.js';
import { formatCents } from '../money/cents.js';
import { AmountInputError, parseUserAmount } from '../money/user-amount.js';
import { CurrencyInputError, parseUserCurrency } from '../money/user-currency.js';
import type { FieldIssueCode } from './issue-codes.js';
import type { CaseFile } from './schema.js';
import { caseIssues } from './validate.js';

/**
 * One field the editor must show as refused: `path` locates it (`claims[1].amount`; the app finds its input by
 * it and never shows it), `code` and `params` are what the app words in its language.
 */
export interface FieldError {
  path: string;
  code: FieldIssueCode;
  params: ErrorParams;
}

/** A case typed in the editor, read: the document to store, or every field refused. */
export type CaseDraft = { raw: Record<string, unknown>; data: CaseFile; errors: [] } | { errors: FieldError[] };

/**
 * Reads a case as the editor sends it: amounts as people type them (`12万`, `¥120,000.00`) become decimal
 * text, the currency as they write it (`人民币`, `RMB`, `£`, `US$`) its ISO code; a text field left empty is a field not given. The result is then checked like any case file, and each
 * problem comes back with its field and a code rather than an English sentence.
 */
export function readCaseDraft(input: unknown): CaseDraft {
  const raw = withoutBlanks(structuredClone(input)) as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const { path, holder, key } of amountFields(raw)) {
    const typed = holder[key];
    if (typeof typed !== 'string') continue;
    try {
      holder[key] = formatCents(parseUserAmount(typed));
    } catch (error) {
      if (!(error instanceof AmountInputError)) throw error;
      errors.push({ path, code: error.code, params: {} });
    }
  }
  if (typeof raw.currency === 'string') {
    try {
      raw.currency = parseUserCurrency(raw.currency);
    } catch (error) {
      if (!(error instanceof CurrencyInputError)) throw error;
      errors.push({ path: 'currency', code: 'currency', params: {} });
    }
  }
  if (errors.length > 0) return { errors };
  const { data, issues } = caseIssues(raw);
  if (!data) return { errors: fieldErrors(issues) };
  return { raw, data, errors: [] };
}

/** A case's problems as the app shows them: each field's path, code and parameters, no English sentence. */
export function fieldErrors(issues: readonly CaseIssue[]): FieldError[] {
  return issues.map((i) => ({ path: i.path, code: (i.code as FieldIssueCode | undefined) ?? 'invalid', params: i.params ?? {} }));
}

/** Removes text left blank (and objects left empty by that) from a draft, at every depth; lists keep their length. */
function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlanks);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner === 'string' && inner.trim() === '') continue;
    const kept = withoutBlanks(inner);
    const isEmptyObject = typeof kept === 'object' && kept !== null && !Array.isArray(kept) && Object.keys(kept).length === 0;
    if (!isEmptyObject) out[key] = kept;
  }
  return out;
}

interface AmountField {
  path: string;
  holder: Record<string, unknown>;
  key: string;
}

/** Every money field of a case the editor may have typed into. */
function amountFields(raw: Record<string, unknown>): AmountField[] {
  const fields: AmountField[] = [];
  const each = (list: string, inner?: string) => {
    const items = raw[list];
    if (!Array.isArray(items)) return;
    items.forEach((item, i) => {
      const holder = inner ? (isObject(item) ? item[inner] : undefined) : item;
      if (isObject(holder)) fields.push({ path: `${list}[${i}].${inner ? `${inner}.` : ''}amount`, holder, key: 'amount' });
    });
  };
  each('claims');
  each('payments');
  each('events', 'promise');
  if (Array.isArray(raw.debtors))
    raw.debtors.forEach((d, i) => {
      if (isObject(d) && isObject(d.guarantee))
        fields.push({ path: `debtors[${i}].guarantee.maxAmount`, holder: d.guarantee, key: 'maxAmount' });
    });
  if (isObject(raw.filing)) {
    fields.push({ path: 'filing.enforcementCosts', holder: raw.filing, key: 'enforcementCosts' });
    if (isObject(raw.filing.preservation))
      fields.push({ path: 'filing.preservation.amount', holder: raw.filing.preservation, key: 'amount' });
  }
  return fields;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
