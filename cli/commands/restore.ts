import type { Command } from 'commander';
import { createInterface } from 'node:readline/promises';
import { prepareRestore } from '../../core/backup/restore-backup.js';
import { CasePackError } from '../../core/errors.js';
import { databaseOption } from '../database-option.js';
import { fileProgressLine } from '../file-progress-line.js';

export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description('replace the database with a backup, after checking every file in it (the old database is kept aside)')
    .argument('<file>', 'a backup written by casepack backup')
    .addOption(databaseOption())
    .option('--yes', 'replace without asking (for scripts)')
    .action(async (file: string, options: { db: string; yes?: boolean }) => {
      const progress = fileProgressLine();
      const prepared = await prepareRestore(file, options.db, progress.onProgress).finally(progress.stop);
      try {
        const question = `Replace ${options.db} with the backup of ${prepared.manifest.createdAt} (${prepared.cases} case(s))? Close the CasePack app first. [y/N] `;
        if (!options.yes && !(await confirm(question))) {
          console.log('nothing restored');
          return;
        }
        const aside = await prepared.apply();
        const files = Object.keys(prepared.manifest.files).length - 1;
        console.log(
          `restored ${file} into ${options.db}: ${prepared.cases} case(s), ${files} stored file(s)${aside ? `; the database it replaced is kept as ${aside}` : ''}`,
        );
      } finally {
        await prepared.discard();
      }
    });
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) throw new CasePackError('restore replaces the database: add --yes to do so without asking');
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}
