import { isDeepStrictEqual } from 'node:util';
import { event, type CaseEvent } from '../case/schema.js';
import { CasePackError } from '../errors.js';
import { changeCase } from './edit-case.js';
import type { Store } from './open.js';

/** The log entry to change is no longer the one the user saw: the case was changed meanwhile. */
export class LogEntryChangedError extends CasePackError {
  override name = 'LogEntryChangedError';
  readonly code = 'log-entry-changed';
}

/**
 * Replaces the event at `index` of a case's log with `next`, or removes it (`next` null), if it still is the
 * event the user saw: a change made meanwhile in another window or by the CLI is never overwritten. Saved
 * like every change of a case, as a new revision, so undo brings the entry back.
 */
export function changeLogEntry(store: Store, id: number, index: number, seen: CaseEvent, next: CaseEvent | null): void {
  changeCase(store, id, (raw) => {
    const events = Array.isArray(raw.events) ? (raw.events as unknown[]) : [];
    const current = event.safeParse(events[index]);
    if (!current.success || !isDeepStrictEqual(current.data, seen))
      throw new LogEntryChangedError(`events[${index}]: changed since it was read (case ${id}); reload the case and try again`);
    if (next === null) events.splice(index, 1);
    else events[index] = next;
    raw.events = events;
  });
}
