import type { Command } from 'commander';
import { revisionsHandlers } from '../../core/api/revisions-handlers.js';
import type { Revision } from '../../core/store/case-revisions.js';
import { databaseOption, useCase } from '../database-option.js';
import { formatTable } from '../output.js';

const CHANGES: Record<Revision['change'], string> = {
  migrated: 'as stored before history was kept',
  imported: 'imported',
  created: 'created',
  edited: 'edited',
  undone: 'undone',
  restored: 'restored',
};

/** `restored from 2`, `undone (back to 1)`: what a revision did, in a few words. */
export function describeRevision(r: Pick<Revision, 'change' | 'restoredFrom'>): string {
  if (r.restoredFrom === null) return CHANGES[r.change];
  return r.change === 'undone' ? `undone (back to ${r.restoredFrom})` : `restored from ${r.restoredFrom}`;
}

export function registerHistory(program: Command): void {
  program
    .command('history')
    .description("a case's changes, newest first; --restore N brings back the case as it was at revision N")
    .argument('<id>', 'the case id (see `casepack list`)', Number)
    .addOption(databaseOption())
    .option('--restore <revision>', 'restore this revision (a new change, which `casepack undo` can take back)', Number)
    .option('--json', 'print JSON')
    .action(async (id: number, options: { db: string; restore?: number; json?: boolean }) => {
      if (options.restore !== undefined) {
        const done = await useCase(options.db, revisionsHandlers, 'cases/restore-revision', { id, revision: options.restore });
        return console.log(`case ${id}: restored revision ${done.restoredFrom} as revision ${done.revision}`);
      }
      const history = await useCase(options.db, revisionsHandlers, 'cases/history', { id });
      if (options.json) return console.log(JSON.stringify(history, null, 2));
      console.log(
        formatTable(
          ['REV', 'WHEN (UTC)', 'CHANGE', 'PARTS CHANGED'],
          history.map((r) => [
            String(r.revision),
            r.createdAt.slice(0, 16).replace('T', ' '),
            describeRevision(r),
            r.changed.join(', '),
          ]),
        ),
      );
    });
}
