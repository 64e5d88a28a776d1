import { z } from 'zod';
import { caseHistory } from '../store/case-revisions.js';
import { getCase } from '../store/read-cases.js';
import { shelveCase } from '../store/shelve-case.js';
import { restoreRevision, undoLastChange } from '../store/undo-case.js';
import { caseId } from './args.js';
import { handler } from './handler.js';

/** A case's history of changes, undo and restore, and archiving or deleting it with a way back. */
export const revisionsHandlers = {
  'cases/history': handler(z.object({ id: caseId }), ({ store }, { id }) => {
    getCase(store, id); // an unknown id is one clear line, not an empty history
    return caseHistory(store.db, id);
  }),

  'cases/undo': handler(z.object({ id: caseId }), ({ store }, { id }) => undoLastChange(store, id)),

  'cases/restore-revision': handler(z.object({ id: caseId, revision: z.number().int().positive() }), ({ store }, args) =>
    restoreRevision(store, args.id, args.revision),
  ),

  /** `on: false` takes the case out of the archive or the bin again. */
  'cases/shelve': handler(z.object({ id: caseId, mark: z.enum(['archived', 'deleted']), on: z.boolean() }), ({ store }, args) => {
    shelveCase(store, args.id, args.mark, args.on);
    return { id: args.id };
  }),
};
