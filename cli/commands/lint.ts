import type { Command } from 'commander';
import { formatFinding } from '../../core/compliance/check-wording.js';
import { CasePackError } from '../../core/errors.js';
import { lintFile } from '../../core/letters/lint-file.js';

/** Thrown to end with exit code 1 once the findings are printed. */
class LintFailed extends CasePackError {
  override name = 'LintFailed';
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('check a letter (text or DOCX) or a template for unlawful collection wording; exit 1 on an error finding')
    .argument('<file>', 'a .txt, .docx or template file')
    .action((file: string) => {
      const { kind, findings } = lintFile(file);
      for (const finding of findings) console.log(formatFinding(finding, file));
      const errors = findings.filter((f) => f.severity === 'error').length;
      console.log(`${file} (${kind}): ${errors} error(s), ${findings.length - errors} other finding(s)`);
      if (errors > 0) throw new LintFailed(`${file}: ${errors} wording error(s): see docs/compliance.md for each rule`);
    });
}
