import { InvalidArgumentError, Option, type Command } from 'commander';
import { formatPreflight, preflightFile, type RuleSet } from '../../core/bundles/preflight/preflight.js';
import { CasePackError } from '../../core/errors.js';

/** At least one rule failed; the report above names the rule and the pages. */
class PreflightFailedError extends CasePackError {
  override name = 'PreflightFailedError';
}

function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('expected a size in MB such as 20');
  return mb;
}

export function registerPreflight(program: Command): void {
  program
    .command('preflight')
    .description('check a bundle against the rules courts publish: each rule PASS or FAIL with its pages')
    .argument('<bundle>', 'a bundle PDF (or one volume)')
    .addOption(
      new Option('--rules <set>', 'cn (证据规定 第19条 and court practice) or ew (E&W e-bundle guidance)')
        .choices(['cn', 'ew'])
        .default('cn'),
    )
    .addOption(
      new Option('--max-mb <n>', 'the size limit for one file (default: the one the bundle was made with, else 20)').argParser(
        parseMegabytes,
      ),
    )
    .action(async (file: string, options: { rules: RuleSet; maxMb?: number }) => {
      const report = await preflightFile(
        file,
        options.rules,
        options.maxMb === undefined ? undefined : options.maxMb * 1024 * 1024,
      );
      console.log(formatPreflight(report));
      if (!report.ok)
        throw new PreflightFailedError(`${file}: ${report.results.filter((r) => !r.ok).length} pre-flight rule(s) failed`);
    });
}
