import type { Command } from 'commander';
import { batchHandlers } from '../../core/api/batch-handlers.js';
import { formatProblem } from '../../core/batch-import/errors.js';
import type { BatchImportReport } from '../../core/batch-import/import-batch.js';
import { databaseOption, useCase } from '../database-option.js';
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
      const progress = progressDisplay();
      const imported = await useCase(
        options.db,
        batchHandlers,
        'cases/import-file',
        {
          file,
          ...(options.defaults && { defaults: options.defaults }),
          ...(options.map && { map: options.map }),
          skipBad: options.skipBad === true,
          ...(options.ladder && { ladder: options.ladder }),
          ...(options.ladders && { ladders: options.ladders }),
          onProgress: progress.onProgress,
        },
        { create: true },
      ).finally(progress.stop);
      console.log(
        imported.kind === 'case'
          ? `imported ${file} as case ${imported.id} into ${options.db}`
          : reportText(imported.report, options.db),
      );
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
