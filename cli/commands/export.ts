import { InvalidArgumentError, type Command } from 'commander';
import { storeFileHandlers } from '../../core/api/store-file-handlers.js';
import { databaseOption, useCase } from '../database-option.js';

export function parseCaseId(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a case id such as 1 (see `casepack list`)');
  return Number(value);
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write a stored case as case.json plus its files into a new folder')
    .argument('<id>', 'case id (see `casepack list`)', parseCaseId)
    .addOption(databaseOption())
    .requiredOption('--out <dir>', 'new or empty folder to write into')
    .action(async (id: number, options: { db: string; out: string }) => {
      const { folder } = await useCase(options.db, storeFileHandlers, 'cases/export', { id, out: options.out });
      console.log(`exported case ${id} to ${folder}`);
    });
}
