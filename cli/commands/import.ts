import type { Command } from 'commander';
import { loadCaseFile } from '../../core/case/validate.js';
import { importCase } from '../../core/store/import-case.js';
import { databaseOption, withStore } from '../database-option.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('validate a case file and store it, with copies of its files, in the database')
    .argument('<case>', 'path of case.json')
    .addOption(databaseOption())
    .action(async (caseFile: string, options: { db: string }) => {
      const loaded = await loadCaseFile(caseFile);
      const id = await withStore(options.db, (store) => importCase(store, loaded));
      console.log(`imported ${caseFile} as case ${id} into ${options.db}`);
    });
}
