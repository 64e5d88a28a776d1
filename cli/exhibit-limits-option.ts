import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_EXHIBIT_LIMITS, exhibitLimitsFrom, type ExhibitLimits } from '../core/exhibits/limits.js';

const MB = 1024 * 1024;

function positive(unit: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a positive number of ${unit}`);
    return n;
  };
}

export interface ExhibitLimitFlags {
  maxPages?: number;
  maxImageMp?: number;
  maxStreamMb?: number;
}

/** The flags that raise or lower how much of an evidence file is read before it is refused. */
export function addExhibitLimitOptions(command: Command): Command {
  const d = DEFAULT_EXHIBIT_LIMITS;
  return command
    .addOption(
      new Option('--max-pages <n>', `refuse a PDF exhibit with more pages (default ${d.maxPages})`).argParser(positive('pages')),
    )
    .addOption(
      new Option('--max-image-mp <n>', `refuse an image of more megapixels (default ${d.maxImagePixels / 1e6})`).argParser(
        positive('megapixels'),
      ),
    )
    .addOption(
      new Option('--max-stream-mb <n>', `refuse a PDF part that inflates past N MB (default ${d.maxStreamBytes / MB})`).argParser(
        positive('MB'),
      ),
    );
}

export function exhibitLimits(flags: ExhibitLimitFlags): ExhibitLimits {
  return exhibitLimitsFrom({
    maxPages: flags.maxPages,
    maxImageMegapixels: flags.maxImageMp,
    maxStreamMegabytes: flags.maxStreamMb,
  });
}
