import type { Command } from 'commander';
import { listTemplates } from '../../core/templates/library.js';
import { formatTable } from '../output.js';

export function registerTemplates(program: Command): void {
  program
    .command('templates')
    .description('list the letter templates')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
      const templates = listTemplates();
      if (options.json)
        return console.log(
          JSON.stringify(
            templates.map(({ id, locale, title, description, legalBasis }) => ({ id, locale, title, description, legalBasis })),
            null,
            2,
          ),
        );
      console.log(
        formatTable(
          ['ID', 'LOCALE', 'TITLE'],
          templates.map((t) => [t.id, t.locale, t.title]),
        ),
      );
    });
}
