import { Option, type Command } from 'commander';
import { loadCaseFile } from '../../core/case/validate.js';
import { checkAllExhibits } from '../../core/exhibits/check-exhibit.js';
import { numberEvidence } from '../../core/exhibits/exhibit-entry.js';
import { LANGUAGES } from '../../core/util/language.js';
import { addExhibitLimitOptions, exhibitLimits, type ExhibitLimitFlags } from '../exhibit-limits-option.js';

export function registerValidate(program: Command): void {
  const command = program
    .command('validate')
    .description('check a case file and every file it names (evidence PDFs: password, damage, limits)')
    .argument('<case>', 'path of case.json')
    .addOption(new Option('--lang <language>', 'language of the problems found (default: the shell locale)').choices(LANGUAGES));
  addExhibitLimitOptions(command).action(async (caseFile: string, flags: ExhibitLimitFlags) => {
    const loaded = await loadCaseFile(caseFile);
    const d = loaded.data;
    // Every evidence file that a bundle would refuse, one line each, now rather than at bundle time.
    await checkAllExhibits(numberEvidence(d.evidence), loaded.dir, exhibitLimits(flags));
    console.log(
      `${caseFile}: valid (${d.debtors.length} debtor(s), ${d.claims.length} claim(s), ${d.payments.length} payment(s), ` +
        `${d.evidence.length} evidence file(s), ${d.mailings.length} mailing(s))`,
    );
  });
}
