import { InvalidArgumentError, Option, type Command } from 'commander';
import { loadCaseFile } from '../../core/case/validate.js';
import { formatFinding } from '../../core/compliance/check-wording.js';
import type { Override } from '../../core/compliance/types.js';
import { letterWarningText } from '../../core/filings/complaint-parties.js';
import { loadLetterSettings } from '../../core/letters/settings-file.js';
import { writeLetter, type LetterFormat } from '../../core/letters/write-letter.js';
import { asOfOption } from '../as-of-option.js';
import { installRatesOfFile } from '../../core/rates/rate-store.js';
import { ratesDbOption } from '../rates-db-option.js';
import { LANGUAGES, type Language } from '../../core/util/language.js';
import { outputLanguage } from '../language.js';
import { errorLines } from '../error-text.js';
import { CasePackError } from '../../core/errors.js';

function parseFormats(value: string): LetterFormat[] {
  const formats = value.split(',').map((f) => f.trim());
  for (const f of formats)
    if (f !== 'pdf' && f !== 'docx') throw new InvalidArgumentError(`expected pdf, docx or pdf,docx, got "${f}"`);
  return [...new Set(formats)] as LetterFormat[];
}

function collectOverride(value: string, previous: Override[]): Override[] {
  const match = /^([\w-]+)=(.+)$/s.exec(value);
  if (!match)
    throw new InvalidArgumentError('expected RULE=REASON, e.g. zh-criminal-threat="card debt over ¥50,000 after two demands"');
  return [...previous, { ruleId: match[1]!, reason: match[2]!, by: process.env.USER ?? 'cli', at: new Date().toISOString() }];
}

export function registerLetter(program: Command): void {
  program
    .command('letter')
    .description('generate a letter from a case as PDF and DOCX, checked by the wording guard')
    .argument('<case>', 'path of case.json')
    .requiredOption('--template <id>', 'template id (see `casepack templates`)')
    .requiredOption('--out <dir>', 'folder to write <id>.pdf / <id>.docx into')
    .option('--format <list>', 'pdf, docx or pdf,docx', parseFormats, ['pdf', 'docx'] as LetterFormat[])
    .addOption(asOfOption())
    .addOption(ratesDbOption())
    .option('--settings <file>', 'letter settings JSON: letterhead, 函号, firm, lawyer, account, deadline (docs/templates.md)')
    .addOption(new Option('--lang <language>', "language of the lines printed (default: the case's)").choices(LANGUAGES))
    .option(
      '--override <rule=reason>',
      'export despite a wording error of this rule, recording the reason (repeatable)',
      collectOverride,
      [],
    )
    .action(
      async (
        caseFile: string,
        options: {
          template: string;
          out: string;
          format: LetterFormat[];
          asOf: string;
          settings?: string;
          override: Override[];
          db: string;
          lang?: Language;
        },
      ) => {
        installRatesOfFile(options.db);
        const { data } = await loadCaseFile(caseFile);
        const settings = options.settings ? await loadLetterSettings(options.settings) : {};
        const language = outputLanguage(options.lang, data.locale);
        const written = await writeLetter(data, {
          templateId: options.template,
          asOf: options.asOf,
          settings,
          outDir: options.out,
          formats: options.format,
          overrides: options.override,
        }).catch((error: unknown) => {
          // A letter refused for what the case holds (a judgment in force) is said in the case's language.
          const lines = error instanceof CasePackError ? errorLines(error, language) : undefined;
          throw lines ? new CasePackError(lines.join('\n')) : error;
        });
        for (const w of written.letter.warnings) process.stderr.write(`warning: ${letterWarningText(w, language === 'zh')}\n`);
        for (const f of written.letter.findings) console.log(formatFinding(f, `${options.template} (${caseFile})`, language));
        for (const o of written.overrides) console.log(`override recorded: ${o.ruleId}: ${o.reason}`);
        for (const file of written.files) console.log(`${file.path}  sha256 ${file.sha256}`);
      },
    );
}
