import { Command, CommanderError } from 'commander';
import { CasePackError, CaseValidationError } from '../core/errors.js';
import { TOOL_VERSION } from '../core/project-root.js';
import { removeFolders } from '../core/util/output-folder.js';
import { sweepOwnTemps } from '../core/util/own-temp.js';
import { COMMANDS, commandsFor } from './command-table.js';
import { caseIssueLines } from './case-issue-text.js';
import { errorLines } from './error-text.js';
import type { Language } from '../core/util/language.js';
import { addLanguageOption, cliLanguage } from './language.js';
import { guardOutputFolders } from './output-folder-guard.js';

/** The word before the line of a failure, in the language the command speaks (commander's own usage lines stay English). */
const ERROR_PREFIX: Record<Language, string> = { zh: '错误：', en: 'error: ' };

/** Exit codes: 0 done, 1 bad input (the message names the file and field), 2 bad usage. */
export async function main(argv: readonly string[]): Promise<number> {
  // `--debug` may go anywhere; it only decides whether an unexpected failure shows its details.
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const program = new Command('casepack')
    .description('CasePack: demand letters, payment acknowledgments and evidence packs from the facts of a debt')
    .version(TOOL_VERSION, '-v, --version')
    .option('--debug', 'show the details of an unexpected failure')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  program.showHelpAfterError('(run casepack --help for usage)');
  for (const name of commandsFor(args)) (await COMMANDS[name]!())(program);
  addLanguageOption(program);
  const madeFolders: string[] = [];
  guardOutputFolders(program, madeFolders);
  program.commands.forEach((c) => c.exitOverride());
  // Temporary case folders a killed CasePack left behind hold ID and phone numbers.
  await sweepOwnTemps('folders');

  try {
    await program.parseAsync(args, { from: 'user' });
    // A command that names its failures line by line itself (letters --step complaint) sets the exit code.
    return Number(process.exitCode ?? 0);
  } catch (error) {
    // Nothing half-written: an output folder made for a command that failed goes again (only if still empty).
    await removeFolders(madeFolders);
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const language = cliLanguage(args);
    const prefix = ERROR_PREFIX[language];
    if (error instanceof CasePackError) {
      if (error instanceof CaseValidationError) {
        // One error line (the first field), each further field on a line of its own below it.
        const [first, ...more] = caseIssueLines(error, language);
        process.stderr.write(`${prefix}${first}\n${more.map((line) => `  ${line}\n`).join('')}`);
        return 1;
      }
      const lines = errorLines(error, language) ?? [error.message];
      for (const line of lines) process.stderr.write(`${prefix}${line}\n`);
      return 1;
    }
    const message = ((error as Error)?.message ?? String(error)).split('\n')[0];
    if (debug) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    process.stderr.write(`${prefix}CasePack failed unexpectedly: ${message}${debug ? '' : ' (--debug shows the details)'}\n`);
    return 1;
  }
}
