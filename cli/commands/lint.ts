import { Option, type Command } from 'commander';
import { formatFinding } from '../../core/compliance/check-wording.js';
import { CasePackError } from '../../core/errors.js';
import { lintFile } from '../../core/letters/lint-file.js';
import { LANGUAGES, type Language } from '../../core/util/language.js';
import { cliLanguage } from '../language.js';

/** Thrown to end with exit code 1 once the findings are printed. */
class LintFailed extends CasePackError {
  override name = 'LintFailed';
}

const SUMMARY = {
  en: (file: string, errors: number, others: number) => `${file}: ${errors} error(s), ${others} other finding(s)`,
  zh: (file: string, errors: number, others: number) => `${file}：错误 ${errors} 处，其他提示 ${others} 处`,
};
const FAILED = {
  en: (file: string, errors: number) => `${file}: ${errors} wording error(s); see docs/compliance.md for each rule`,
  zh: (file: string, errors: number) => `${file}：有 ${errors} 处违规措辞，各规则见 docs/compliance.md`,
};

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('check a letter (text or DOCX) or a template for unlawful collection wording; exit 1 on an error finding')
    .argument('<file>', 'a .txt, .docx or template file')
    .addOption(
      new Option('--lang <language>', 'language of the reasons').choices(LANGUAGES).default(cliLanguage([]), 'the shell locale'),
    )
    .action((file: string, options: { lang: Language }) => {
      const { findings } = lintFile(file);
      for (const finding of findings) console.log(formatFinding(finding, file, options.lang));
      const errors = findings.filter((f) => f.severity === 'error').length;
      console.log(SUMMARY[options.lang](file, errors, findings.length - errors));
      if (errors > 0) throw new LintFailed(FAILED[options.lang](file, errors));
    });
}
