import type { z } from 'zod';

/**
 * Why a field of a case was refused, as a stable code the app words in its own language (the CLI keeps the
 * English message). `amount.*` are the codes of `parseUserAmount`, so a typed amount and a stored one that is
 * wrong read the same.
 */
export type FieldIssueCode =
  | 'required'
  | 'at-least-one'
  | 'amount.empty'
  | 'amount.format'
  | 'amount.decimals'
  | 'amount.too-large'
  | 'date'
  | 'no-such-day'
  | 'rate'
  | 'id'
  | 'choice'
  | 'currency'
  | 'out-of-range'
  | 'unknown-field'
  | 'duplicate-id'
  | 'duplicate-tracking'
  | 'unknown-claim'
  | 'unknown-evidence'
  | 'unknown-mailing'
  | 'unknown-party'
  | 'needs-claim'
  | 'creditor-appropriation'
  | 'date-order'
  | 'needs-letter'
  | 'markup-range'
  | 'no-debtor'
  | 'maximum-period'
  | 'maximum-ceiling'
  | 'period-not-maximum'
  | 'invalid';

const AMOUNT_KEYS = new Set(['amount', 'enforcementCosts', 'maxAmount']);
const DATE_KEYS = new Set(['date', 'dueDate', 'signedOn', 'sentOn', 'deliveredOn', 'fixedOn', 'endsOn', 'dueOn', 'arisenOn']);
const RATE_KEYS = new Set(['rate', 'multiplier', 'markup']);
const ID_KEYS = new Set(['id', 'claim', 'evidence', 'mailing', 'instalmentOf', 'debtGroup', 'step']);

/** The code of one schema problem, from what zod reports and the name of the field it concerns. */
export function schemaIssueCode(issue: z.core.$ZodIssue): FieldIssueCode {
  const key = issue.path.at(-1);
  const field = typeof key === 'string' ? key : '';
  if (issue.code === 'unrecognized_keys') return 'unknown-field';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'too_small')
    return issue.origin === 'array' ? 'at-least-one' : issue.origin === 'string' ? 'required' : 'out-of-range';
  if (issue.code === 'too_big') return 'out-of-range';
  if (AMOUNT_KEYS.has(field)) return 'amount.format';
  // A guarantee period's `from` and `to` (other `to` fields name a party).
  if (DATE_KEYS.has(field) || issue.path.at(-2) === 'period') return issue.code === 'custom' ? 'no-such-day' : 'date';
  if (RATE_KEYS.has(field)) return 'rate';
  if (ID_KEYS.has(field)) return 'id';
  if (field === 'currency') return 'currency';
  if (issue.code === 'invalid_value' || issue.code === 'invalid_union') return 'choice';
  return 'invalid';
}
