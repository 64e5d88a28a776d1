import { z } from 'zod';
import { readCaseDraft, type FieldError } from '../case/case-draft.js';
import { createCase, updateCase } from '../store/edit-case.js';
import { caseId } from './args.js';
import { handler } from './handler.js';

/** What saving from the editor answers: the case's id, or the fields refused (nothing is stored then). */
export type SaveResult = { id: number; errors: [] } | { errors: FieldError[] };

/** The case editor: a whole case as typed, new (no `id`) or replacing a stored one, as one revision. */
export const editorHandlers = {
  'cases/save': handler(z.object({ id: caseId.optional(), case: z.unknown() }), ({ store }, args): SaveResult => {
    const draft = readCaseDraft(args.case);
    if (!('raw' in draft)) return { errors: draft.errors };
    if (args.id === undefined) return { id: createCase(store, draft.raw), errors: [] };
    updateCase(store, args.id, draft.raw);
    return { id: args.id, errors: [] };
  }),
};
