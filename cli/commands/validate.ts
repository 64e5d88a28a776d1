import type { Command } from 'commander';
import { loadCaseFile } from '../../core/case/validate.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a case file and every file it names')
    .argument('<case>', 'path of case.json')
    .action(async (caseFile: string) => {
      const loaded = await loadCaseFile(caseFile);
      const d = loaded.data;
      console.log(
        `${caseFile}: valid (${d.debtors.length} debtor(s), ${d.claims.length} claim(s), ${d.payments.length} payment(s), ` +
          `${d.evidence.length} evidence file(s), ${d.mailings.length} mailing(s))`,
      );
    });
}
