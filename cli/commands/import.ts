import type { Command } from 'commander';
import { readColumnMapFile } from '../../core/batch-import/columns.js';
import { readBatchDefaults } from '../../core/batch-import/defaults.js';
import { formatProblem } from '../../core/batch-import/errors.js';
import { importBatch, type BatchImportReport } from '../../core/batch-import/import-batch.js';
import { isBatchFile } from '../../core/batch-import/read-table.js';
import { BatchFileError } from '../../core/batch-import/errors.js';
import { loadCaseFile } from '../../core/case/validate.js';
import { readLadderConfig } from '../../core/ladder/ladder-config.js';
import { importCase } from '../../core/store/import-case.js';
import { databaseOption, withStore } from '../database-option.js';
import { progressDisplay } from '../progress-bar.js';

interface ImportOptions {
  db: string;
  map?: string;
  defaults?: string;
  skipBad?: boolean;
  ladder?: string;
  ladders?: string;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('store a case file (case.json) with copies of its files, or a batch of debts (CSV or XLSX, one case per row)')
    .argument('<file>', 'case.json, or a .csv/.txt/.xlsx batch (docs/import.md)')
    .addOption(databaseOption())
    .option('--defaults <case.json>', 'batch: facts every case shares (creditor, agent, lateCharge, contract title …)')
    .option('--map <map.json>', 'batch: which column holds which field, { "amount": "本期应还" }')
    .option('--skip-bad', 'batch: import the good rows and list the bad ones (default: a bad row stops the import)')
    .option(
      '--ladder <type>',
      'batch: the escalation ladder for every case (card-debt, b2b-invoice, property-fee; default inferred)',
    )
    .option('--ladders <config.json>', 'batch: ladder definitions over the defaults (docs/ladder.md)')
    .action(async (file: string, options: ImportOptions) => {
      if (!isBatchFile(file)) {
        const loaded = await loadCaseFile(file);
        const id = await withStore(options.db, (store) => importCase(store, loaded));
        console.log(`imported ${file} as case ${id} into ${options.db}`);
        return;
      }
      if (!options.defaults)
        throw new BatchFileError(file, 'a batch needs --defaults CASE.json with at least the creditor (docs/import.md)');
      const defaults = await readBatchDefaults(options.defaults);
      const columnMap = options.map ? await readColumnMapFile(options.map) : undefined;
      const ladders = await readLadderConfig(options.ladders);
      const progress = progressDisplay();
      const report = await withStore(options.db, (store) =>
        importBatch(store, file, {
          defaults,
          ...(columnMap && { columnMap }),
          skipBad: options.skipBad === true,
          ...(options.ladder && { ladder: options.ladder }),
          ladders,
          onProgress: progress.onProgress,
        }),
      ).finally(progress.stop);
      console.log(reportText(report, options.db));
    });
}

function reportText(r: BatchImportReport, db: string): string {
  const lines = [
    `${r.file} (${r.format}, ${r.encoding}): ${r.rows} row(s) → ${r.created.length} new case(s) in ${db}, ${r.existing.length} already there (left as they are), ${r.bad.length === 0 ? 'no' : new Set(r.bad.map((p) => p.row)).size} bad row(s)`,
    `columns: ${Object.entries(r.columns)
      .map(([field, header]) => `${header} → ${field}`)
      .join(', ')}`,
  ];
  if (r.ignoredColumns.length > 0) lines.push(`not used: ${r.ignoredColumns.join(', ')}`);
  if (r.bad.length > 0) lines.push('left out:', ...r.bad.map((p) => `  ${formatProblem(p)}`));
  return lines.join('\n');
}
