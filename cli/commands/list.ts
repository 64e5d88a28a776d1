import type { Command } from 'commander';
import { storeFileHandlers } from '../../core/api/store-file-handlers.js';
import { databaseOption, useCase } from '../database-option.js';
import { messagesLanguageOption } from '../language.js';
import { formatTable } from '../output.js';

export function registerList(program: Command): void {
  program
    .command('list')
    .description('list the cases in the database')
    .addOption(databaseOption())
    .addOption(messagesLanguageOption())
    .option('--archived', 'list the archived cases')
    .option('--deleted', 'list the deleted cases (the bin)')
    .option('--json', 'print JSON')
    .action(async (options: { db: string; archived?: boolean; deleted?: boolean; json?: boolean }) => {
      const shelf = options.deleted ? 'deleted' : options.archived ? 'archived' : 'active';
      const rows = await useCase(options.db, storeFileHandlers, 'cases/index', { shelf });
      if (options.json) return console.log(JSON.stringify(rows, null, 2));
      if (rows.length === 0) return console.log(`no ${shelf === 'active' ? '' : `${shelf} `}cases in ${options.db}`);
      console.log(
        formatTable(
          ['ID', 'TITLE', 'DEBTOR', 'CONTRACT', 'LOCALE'],
          rows.map((r) => [String(r.id), r.title, r.debtor, r.contractNumber ?? '', r.locale]),
        ),
      );
    });
}
