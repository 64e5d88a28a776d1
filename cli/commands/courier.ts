import { basename } from 'node:path';
import type { Command } from 'commander';
import { buildCourierBundle } from '../../core/bundles/build-courier-bundle.js';
import { writeVolumes } from '../../core/bundles/write-volumes.js';
import { loadCaseFile } from '../../core/case/validate.js';
import { mailedLetterProvider } from '../../core/letters/mailed-letter.js';
import { loadLetterSettings } from '../../core/letters/settings-file.js';
import { addExhibitLimitOptions, exhibitLimits, type ExhibitLimitFlags } from '../exhibit-limits-option.js';

export function registerCourier(program: Command): void {
  const command = program
    .command('courier')
    .description('export the courier-receipt bundle (邮寄送达证据) for one mailing: summary, letter, waybill, tracking')
    .argument('<case>', 'case.json')
    .requiredOption('--mailing <id>', 'the mailing id in the case file')
    .requiredOption('--out <file>', 'the PDF to write')
    .option('--settings <file>', 'letter settings JSON, used when the letter must be regenerated from its template');
  addExhibitLimitOptions(command).action(
    async (caseFile: string, options: { mailing: string; out: string; settings?: string } & ExhibitLimitFlags) => {
      const loaded = await loadCaseFile(caseFile);
      const settings = options.settings ? await loadLetterSettings(options.settings) : {};
      const built = await buildCourierBundle(loaded, options.mailing, {
        fileName: basename(options.out),
        letter: mailedLetterProvider(settings),
        limits: exhibitLimits(options),
      });
      await writeVolumes(options.out, built.volumes);
      console.log(`wrote ${built.manifest.totalPages} pages for mailing ${options.mailing}: ${options.out}`);
    },
  );
}
