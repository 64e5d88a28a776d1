import type { Command } from 'commander';
import { batchHandlers } from '../../core/api/batch-handlers.js';
import { formatProblem } from '../../core/batch-import/errors.js';
import { databaseOption, useCase } from '../database-option.js';

export function registerTracking(program: Command): void {
  program
    .command('tracking')
    .description("import a carrier's tracking results: each mailing's status, and its arrival as a demand-delivered event")
    .argument('<file>', 'CSV or XLSX with 邮件号 (or 客户单号), 状态 and 日期 columns')
    .addOption(databaseOption())
    .action(async (file: string, options: { db: string }) => {
      const report = await useCase(options.db, batchHandlers, 'mailing/tracking', { file });
      const events = report.applied.filter((a) => a.event === 'demand-delivered').length;
      const lines = [
        `${file}: ${report.applied.length} mailing(s) updated, ${events} demand-delivered event(s) added, ${report.unchanged.length} unchanged, ${report.problems.length} row(s) not applied`,
        ...report.applied.map(
          (a) =>
            `  case ${a.caseId} ${a.mailing} ${a.trackingNo}: ${a.status} ${a.date}${a.event === 'note' ? ' (returned from an address not agreed: noted, does not interrupt limitation)' : ''}`,
        ),
        ...report.problems.map((p) => `  not applied: ${formatProblem(p)}`),
      ];
      console.log(lines.join('\n'));
    });
}
