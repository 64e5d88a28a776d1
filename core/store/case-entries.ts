import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { fieldErrors, type FieldError } from '../case/case-draft.js';
import { caseIssues } from '../case/validate.js';
import { CasePackError } from '../errors.js';
import { updateCase } from './edit-case.js';
import type { Store } from './open.js';
import { getCase, type StoredCase } from './read-cases.js';

/** The entry to change is no longer the one the user saw: the case was changed meanwhile (another window, the CLI). */
export class EntryChangedError extends CasePackError {
  override name = 'EntryChangedError';
  readonly code = 'entry-changed';
}

/** A change of one entry the case refuses, and why: `code` and `params` for the app to word. */
export class EntryRefusedError extends CasePackError {
  override name = 'EntryRefusedError';
  constructor(
    readonly code: 'evidence-in-use' | 'letter-not-kept' | 'tracking-taken',
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Changes the entry at `index` of one list of a case (`evidence`, `mailings`) if it still is the one the user saw,
 * and saves it as a new revision in the same transaction. `change` edits a copy of the whole document (and may
 * refuse with an `EntryRefusedError`); a result the case file refuses is not saved, and its fields come back.
 */
export function changeCaseEntry<T>(
  store: Store,
  target: { id: number; list: 'evidence' | 'mailings'; index: number; seen: T; schema: z.ZodType<T> },
  change: (raw: Record<string, unknown>, list: Record<string, unknown>[], current: StoredCase) => void,
): FieldError[] {
  return store.db
    .transaction(() => {
      const current = getCase(store, target.id);
      const raw = structuredClone(current.raw) as Record<string, unknown>;
      const list = (Array.isArray(raw[target.list]) ? raw[target.list] : []) as Record<string, unknown>[];
      const entry = target.schema.safeParse(list[target.index]);
      if (!entry.success || !isDeepStrictEqual(entry.data, target.seen))
        throw new EntryChangedError(
          `${target.list}[${target.index}]: changed since it was read (case ${target.id}); reload the case and try again`,
        );
      raw[target.list] = list;
      change(raw, list, current);
      const { data, issues } = caseIssues(raw);
      if (!data) return fieldErrors(issues);
      updateCase(store, target.id, raw);
      return [];
    })
    .immediate();
}
