import type { Command } from 'commander';
import { revisionsHandlers } from '../../core/api/revisions-handlers.js';
import { databaseOption, useCase } from '../database-option.js';

const VERBS = {
  archived: { command: 'archive', on: 'archived', off: 'taken out of the archive', what: 'archive a case' },
  deleted: { command: 'delete', on: 'moved to the bin', off: 'taken out of the bin', what: 'delete a case (into the bin)' },
} as const;

function register(program: Command, mark: keyof typeof VERBS): void {
  const verb = VERBS[mark];
  program
    .command(verb.command)
    .description(`${verb.what}: it leaves the lists and the due list, and nothing of it is removed; --undo brings it back`)
    .argument('<id>', 'the case id (see `casepack list`)', Number)
    .addOption(databaseOption())
    .option('--undo', 'bring the case back')
    .action(async (id: number, options: { db: string; undo?: boolean }) => {
      await useCase(options.db, revisionsHandlers, 'cases/shelve', { id, mark, on: !options.undo });
      console.log(`case ${id}: ${options.undo ? verb.off : verb.on}`);
    });
}

export const registerArchive = (program: Command) => register(program, 'archived');
export const registerDelete = (program: Command) => register(program, 'deleted');
