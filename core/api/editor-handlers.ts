import { z } from 'zod';
import { readCaseDraft, type FieldError } from '../case/case-draft.js';
import { CasePackError } from '../errors.js';
import { latestRevision } from '../store/case-revisions.js';
import { createCase, updateCase } from '../store/edit-case.js';
import { caseId } from './args.js';
import { handler } from './handler.js';

/** What saving from the editor answers: the case's id, or the fields refused (nothing is stored then). */
export type SaveResult = { id: number; errors: [] } | { errors: FieldError[] };

/**
 * The case was changed (evidence, a mailing, the log, another window) after the editor read it: saving the whole
 * case would undo that change, so nothing is saved.
 */
export class CaseChangedError extends CasePackError {
  override name = 'CaseChangedError';
  readonly code = 'case-changed';
  constructor(readonly caseId: number) {
    super(`case ${caseId}: changed since the editor opened it; reopen it and make the changes again`);
  }

  get params() {
    return { caseId: this.caseId };
  }
}

/**
 * The case editor: a whole case as typed, new (no `id`) or replacing a stored one, as one revision. `revision` is
 * the one the editor was opened on (`cases/get`): a case changed since is refused, never overwritten.
 */
export const editorHandlers = {
  'cases/save': handler(
    z.object({ id: caseId.optional(), revision: z.number().int().min(0).optional(), case: z.unknown() }),
    ({ store }, args): SaveResult => {
      const draft = readCaseDraft(args.case);
      if (!('raw' in draft)) return { errors: draft.errors };
      const { id, revision } = args;
      if (id === undefined) return { id: createCase(store, draft.raw), errors: [] };
      store.db
        .transaction(() => {
          if (revision !== undefined && (latestRevision(store.db, id)?.revision ?? 0) !== revision)
            throw new CaseChangedError(id);
          updateCase(store, id, draft.raw);
        })
        .immediate();
      return { id, errors: [] };
    },
  ),
};
