import type { Command } from 'commander';
import { verifyBundle } from '../../core/bundles/verify.js';
import { CasePackError } from '../../core/errors.js';

/** The bundle does not match its manifest or its sources; the report above says where. */
class VerificationFailedError extends CasePackError {
  override name = 'VerificationFailedError';
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description("check a bundle against its embedded manifest and, with --sources, the evidence files' SHA-256")
    .argument('<bundle>', 'a bundle PDF made by casepack bundle or casepack courier')
    .option('--sources <dir>', 'the case folder: recompute each exhibit file’s SHA-256')
    .action(async (file: string, options: { sources?: string }) => {
      const report = await verifyBundle(file, options);
      for (const check of report.checks) console.log(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}`);
      if (!report.ok)
        throw new VerificationFailedError(
          `${file}: verification failed${report.changed.length ? ` — ${report.changed.join('; ')}` : ''}`,
        );
      console.log(`${file}: verified`);
    });
}
