import type { Command } from 'commander';
import { resolve } from 'node:path';
import { writeBackup } from '../../core/backup/write-backup.js';
import { databaseOption, withStore } from '../database-option.js';
import { fileProgressLine } from '../file-progress-line.js';

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('write one file holding the database and every stored file, with their SHA-256 (safe while the app runs)')
    .addOption(databaseOption())
    .requiredOption('--out <file>', 'the backup file to write (a ZIP)')
    .action(async (options: { db: string; out: string }) => {
      const progress = fileProgressLine();
      const manifest = await withStore(options.db, (store) =>
        writeBackup(store, resolve(options.out), progress.onProgress),
      ).finally(progress.stop);
      const files = Object.keys(manifest.files).length - 1;
      console.log(`backed up ${options.db} and ${files} stored file(s) to ${options.out}`);
    });
}
