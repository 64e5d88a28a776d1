import { Argument, type Command } from 'commander';
import { RATE_SERIES, type RateSeries } from '../../core/calc/rate-sources.js';
import { rateFileHandlers } from '../../core/api/rate-file-handlers.js';
import { ratesHandlers } from '../../core/api/rates-handlers.js';
import { databaseOption, useCase } from '../database-option.js';
import { formatTable } from '../output.js';

const seriesArgument = () => new Argument('<series>', 'lpr (1-year LPR) or boe (Bank Rate)').choices(RATE_SERIES);

const NAMES = { lpr: '1-year LPR', boe: 'Bank of England Bank Rate' } as const;

/** `casepack rates list|add|import|remove`: the LPR and Bank Rate values added for the months after the bundled data. */
export function registerRates(program: Command): void {
  const rates = program
    .command('rates')
    .description('LPR (lpr) and Bank Rate (boe) values added after the bundled data ends; calculations use them');

  rates
    .command('list')
    .description('the bundled data of each series, then the values added')
    .addOption(databaseOption())
    .option('--json', 'print JSON')
    .action(async (options: { db: string; json?: boolean }) => {
      const lists = await useCase(options.db, ratesHandlers, 'rates/list', {});
      if (options.json) return console.log(JSON.stringify(lists, null, 2));
      for (const s of lists) {
        console.log(
          `${s.series} (${NAMES[s.series]}): bundled data complete through ${s.bundled.completeThrough}, last value ${s.bundled.lastRate}% from ${s.bundled.lastFrom}`,
        );
        if (s.added.length === 0) console.log('  no values added');
        else
          console.log(
            formatTable(
              ['from', 'rate %', 'source'],
              s.added.map((r) => [r.date, r.rate, r.source]),
            ),
          );
      }
    });

  rates
    .command('add')
    .description('add one value: casepack rates add lpr 2026-03-20 3.0 --source "https://www.chinamoney.com.cn/…"')
    .addArgument(seriesArgument())
    .argument('<date>', 'the day the value took effect, YYYY-MM-DD')
    .argument('<rate>', 'the rate in percent: 3.0 or 3.0%')
    .requiredOption('--source <text>', 'where the value was published')
    .addOption(databaseOption())
    .action(async (series: RateSeries, date: string, rate: string, options: { source: string; db: string }) => {
      await useCase(options.db, ratesHandlers, 'rates/add', { series, date, rate, source: options.source }, { create: true });
      console.log(`added ${series} ${rate.replace(/%$/, '')}% from ${date}`);
    });

  rates
    .command('import')
    .description('add every value of a CSV whose header names date, rate (in percent) and source; all or none')
    .addArgument(seriesArgument())
    .argument('<file>', 'the CSV file')
    .addOption(databaseOption())
    .action(async (series: RateSeries, file: string, options: { db: string }) => {
      const { added } = await useCase(options.db, rateFileHandlers, 'rates/import', { series, file }, { create: true });
      console.log(`added ${added} ${series} value(s) from ${file}`);
    });

  rates
    .command('remove')
    .description('remove a value added by mistake')
    .addArgument(seriesArgument())
    .argument('<date>', 'its date, YYYY-MM-DD')
    .addOption(databaseOption())
    .action(async (series: RateSeries, date: string, options: { db: string }) => {
      await useCase(options.db, ratesHandlers, 'rates/remove', { series, date });
      console.log(`removed ${series} ${date}`);
    });
}
