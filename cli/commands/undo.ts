import type { Command } from 'commander';
import { revisionsHandlers } from '../../core/api/revisions-handlers.js';
import { databaseOption, useCase } from '../database-option.js';
import { messagesLanguageOption } from '../language.js';

export function registerUndo(program: Command): void {
  program
    .command('undo')
    .description("undo a case's last change (again to go further back; `casepack history` lists them)")
    .argument('<id>', 'the case id (see `casepack list`)', Number)
    .addOption(databaseOption())
    .addOption(messagesLanguageOption())
    .action(async (id: number, options: { db: string }) => {
      const done = await useCase(options.db, revisionsHandlers, 'cases/undo', { id });
      console.log(`case ${id}: back to revision ${done.restoredFrom} (saved as revision ${done.revision})`);
    });
}
