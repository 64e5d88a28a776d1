import { basename } from 'node:path';
import type { Command } from 'commander';
import { buildCourierBundle } from '../../core/bundles/build-courier-bundle.js';
import { courierWarningText } from '../../core/bundles/courier-notes.js';
import { writeVolumes } from '../../core/bundles/write-volumes.js';
import { loadCaseFile } from '../../core/case/validate.js';
import { mailedLetterProvider } from '../../core/letters/mailed-letter.js';
import { loadLetterSettings } from '../../core/letters/settings-file.js';
import { installRatesOfFile } from '../../core/rates/rate-store.js';
import { ratesDbOption } from '../rates-db-option.js';
import { addExhibitLimitOptions, exhibitLimits, type ExhibitLimitFlags } from '../exhibit-limits-option.js';

export function registerCourier(program: Command): void {
  const command = program
    .command('courier')
    .description('export the courier-receipt bundle (邮寄送达证据) for one mailing: summary, letter, waybill, tracking')
    .argument('<case>', 'case.json')
    .requiredOption('--mailing <id>', 'the mailing id in the case file')
    .requiredOption('--out <file>', 'the PDF to write')
    .option(
      '--reconstruct',
      'when no copy of the mailed letter is stored, regenerate it from the case; every page then says it is a reconstruction',
    )
    .option('--settings <file>', 'letter settings JSON, used when the letter is reconstructed from its template')
    .addOption(ratesDbOption());
  addExhibitLimitOptions(command).action(
    async (
      caseFile: string,
      options: { mailing: string; out: string; settings?: string; reconstruct?: boolean; db: string } & ExhibitLimitFlags,
    ) => {
      installRatesOfFile(options.db);
      const loaded = await loadCaseFile(caseFile);
      const settings = options.settings ? await loadLetterSettings(options.settings) : {};
      const built = await buildCourierBundle(loaded, options.mailing, {
        fileName: basename(options.out),
        letter: mailedLetterProvider(settings),
        reconstruct: options.reconstruct === true,
        limits: exhibitLimits(options),
      });
      await writeVolumes(options.out, built.volumes);
      for (const w of built.warnings) process.stderr.write(`warning: ${courierWarningText(w, false)}\n`);
      console.log(`wrote ${built.manifest.totalPages} pages for mailing ${options.mailing}: ${options.out}`);
    },
  );
}
