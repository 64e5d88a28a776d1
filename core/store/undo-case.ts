import { caseIssues } from '../case/validate.js';
import { CaseValidationError } from '../errors.js';
import { writeCaseRows } from './case-rows.js';
import { latestRevision, revisionState, RevisionError, type RevisionOrigin, type RevisionState } from './case-revisions.js';
import type { Store } from './open.js';

/** What undo or restore did: the revision it wrote and the one whose state it brought back. */
export interface RevisionResult {
  revision: number;
  restoredFrom: number;
}

/**
 * Undoes the case's last change: the state it was derived from comes back as a new revision, which stands
 * in the chain where that state stood, so undoing again goes one step further back.
 */
export function undoLastChange(store: Store, caseId: number): RevisionResult {
  return store.db
    .transaction(() => {
      const head = latestRevision(store.db, caseId);
      if (!store.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new RevisionError('revision.no-case', caseId);
      if (!head || head.parent === null) throw new RevisionError('revision.nothing-to-undo', caseId);
      const target = revisionState(store.db, caseId, head.parent);
      return writeState(store, caseId, target, { change: 'undone', parent: target.parent, restoredFrom: target.revision });
    })
    .immediate();
}

/** Brings back the state of an earlier revision as a new change (which undo can take back in turn). */
export function restoreRevision(store: Store, caseId: number, revision: number): RevisionResult {
  return store.db
    .transaction(() => {
      const target = revisionState(store.db, caseId, revision);
      return writeState(store, caseId, target, { change: 'restored', restoredFrom: target.revision });
    })
    .immediate();
}

function writeState(store: Store, caseId: number, target: RevisionState, origin: RevisionOrigin): RevisionResult {
  const raw: unknown = JSON.parse(target.document);
  const { data, issues } = caseIssues(raw);
  if (!data) throw new CaseValidationError(`case ${caseId}, revision ${target.revision}`, issues, false);
  const files = target.files.map((f) => ({ path: f.path, blob: { sha256: f.sha256, size: f.size } }));
  writeCaseRows(store.db, data, raw, files, { caseId, origin });
  return { revision: latestRevision(store.db, caseId)!.revision, restoredFrom: target.revision };
}
