import type { Command } from 'commander';
import { dirname, resolve } from 'node:path';
import { makeFolder } from '../core/util/output-folder.js';

/** The commands whose `--out` is the folder itself; for the others it is a file (or a new folder) inside it. */
const OUT_IS_FOLDER = new Set(['letter', 'letters']);

/**
 * Before any command with `--out` runs, its folder is made (or refused with one line naming it and why: not a
 * folder, cannot be created, no permission), so no work is done for output that cannot be written. The
 * folders made are added to `made`, for the caller to remove again if the command fails.
 */
export function guardOutputFolders(program: Command, made: string[]): void {
  program.hook('preAction', async (_program, command) => {
    const out: unknown = command.opts().out;
    if (typeof out !== 'string' || out === '') return;
    const folder = OUT_IS_FOLDER.has(command.name()) ? out : dirname(resolve(out));
    made.push(...(await makeFolder(folder)));
  });
}
