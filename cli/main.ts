import { Command, CommanderError } from 'commander';
import { CasePackError } from '../core/errors.js';
import { TOOL_VERSION } from '../core/project-root.js';
import { COMMANDS, commandsFor } from './command-table.js';

/** Exit codes: 0 done, 1 bad input (the message names the file and field), 2 bad usage. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('casepack')
    .description('CasePack: demand letters, payment acknowledgments and evidence packs from the facts of a debt')
    .version(TOOL_VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  program.showHelpAfterError('(run casepack --help for usage)');
  for (const name of commandsFor(argv)) (await COMMANDS[name]!())(program);
  program.commands.forEach((c) => c.exitOverride());

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CasePackError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
