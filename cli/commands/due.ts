import { InvalidArgumentError, Option, type Command } from 'commander';
import { MAX_WINDOW_DAYS, deskHandlers } from '../../core/api/desk-handlers.js';
import { readLadderConfig } from '../../core/ladder/ladder-config.js';
import { asOfOption } from '../as-of-option.js';
import { databaseOption, useCase } from '../database-option.js';
import { dueText } from '../due-text.js';
import { messagesLanguageOption, outputLanguage } from '../language.js';
import type { Language } from '../../core/util/language.js';

interface DueOptions {
  db: string;
  asOf: string;
  window: number;
  all?: boolean;
  ladders?: string;
  json?: boolean;
  lang?: Language;
}

/** `casepack due`: the app's desk (use case desk/list) as a table, or its JSON. */
export function registerDue(program: Command): void {
  program
    .command('due')
    .description('what is due per case: the next ladder step, deadlines within the window, broken promises to pay')
    .addOption(databaseOption())
    .addOption(asOfOption())
    .addOption(
      new Option('--window <days>', 'mark limitation and guarantee deadlines this many days ahead').default(90).argParser(days),
    )
    .option('--all', 'list every case, not only those needing attention')
    .option('--ladders <config.json>', 'ladder definitions over the defaults (docs/ladder.md)')
    .option('--json', 'print JSON')
    .addOption(messagesLanguageOption())
    .action(async (options: DueOptions) => {
      const desk = await useCase(options.db, deskHandlers, 'desk/list', {
        asOf: options.asOf,
        windowDays: options.window,
        all: options.all === true,
        ...(options.ladders && { ladders: await readLadderConfig(options.ladders) }),
        wait: true,
        record: true,
      });
      const { asOf, windowDays, total, cases } = desk;
      if (options.json) return void process.stdout.write(`${JSON.stringify({ asOf, windowDays, cases }, null, 2)}\n`);
      process.stdout.write(`${dueText(cases, total, asOf, outputLanguage(options.lang))}\n`);
    });
}

function days(value: string): number {
  if (!/^\d{1,4}$/.test(value) || Number(value) > MAX_WINDOW_DAYS)
    throw new InvalidArgumentError(`expected a number of days from 0 to ${MAX_WINDOW_DAYS}, such as 30`);
  return Number(value);
}
