import { basename } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { buildEvidenceBundle } from '../../core/bundles/build-evidence-bundle.js';
import { parseStampStyle, type StampStyle } from '../../core/bundles/stamp.js';
import { volumePath, writeVolumes } from '../../core/bundles/write-volumes.js';
import { loadCaseFile } from '../../core/case/validate.js';
import { isCalendarDate } from '../../core/dates/calendar-date.js';
import { LANGUAGES } from '../../core/util/language.js';
import { addExhibitLimitOptions, exhibitLimits, type ExhibitLimitFlags } from '../exhibit-limits-option.js';

function parseStamp(value: string): StampStyle {
  const style = parseStampStyle(value);
  if (!style) throw new InvalidArgumentError('expected zh, en or bates:PREFIX (letters, digits, - or _)');
  return style;
}

function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('expected a size in MB such as 20');
  return mb;
}

function parseDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

interface BundleFlags extends ExhibitLimitFlags {
  out: string;
  stamp?: StampStyle;
  volumeMb?: number;
  dividers?: boolean;
  court?: string;
  date?: string;
}

export function registerBundle(program: Command): void {
  const command = program
    .command('bundle')
    .description('export the evidence bundle (证据材料): cover, linked index, stamped exhibits, bookmarks, manifest')
    .argument('<case>', 'case.json')
    .requiredOption('--out <file>', 'the PDF to write (volumes are written as NAME-vol1.pdf, NAME-vol2.pdf…)')
    .addOption(
      new Option('--stamp <style>', 'page stamp: zh (第 N 页 共 M 页), en (Page N of M) or bates:PREFIX').argParser(parseStamp),
    )
    .addOption(
      new Option('--volume-mb <n>', 'split into volumes of at most N MB, page numbers continuing').argParser(parseMegabytes),
    )
    .option('--dividers', 'put a divider page before each exhibit')
    .option('--court <name>', 'the court, for the cover')
    .addOption(new Option('--date <YYYY-MM-DD>', 'submission date on the cover (default today)').argParser(parseDate))
    .addOption(new Option('--lang <language>', 'language of the problems found (default: the shell locale)').choices(LANGUAGES));
  addExhibitLimitOptions(command).action(async (caseFile: string, flags: BundleFlags) => {
    const loaded = await loadCaseFile(caseFile);
    const rules = loaded.data.locale === 'zh-CN' ? 'cn' : 'ew';
    const built = await buildEvidenceBundle(loaded, {
      stamp: flags.stamp,
      dividers: flags.dividers,
      volumeBytes: flags.volumeMb === undefined ? undefined : Math.floor(flags.volumeMb * 1024 * 1024),
      court: flags.court,
      date: flags.date,
      volumeFileName: (n, of) => basename(volumePath(flags.out, n, of)),
      preflight: rules,
      limits: exhibitLimits(flags),
    });
    for (const volume of built.volumes) {
      for (const r of volume.preflight?.results.filter((x) => !x.ok) ?? [])
        console.warn(
          `warning: ${volume.fileName}: pre-flight ${r.rule}: ${r.detail}${r.pages.length ? ` (page ${r.pages.slice(0, 10).join(', ')})` : ''}`,
        );
    }
    const written = await writeVolumes(flags.out, built.volumes);
    console.log(`wrote ${built.manifest.totalPages} pages, ${built.manifest.exhibits.length} exhibits: ${written.join(', ')}`);
  });
}
