import { InvalidArgumentError, Option, type Command } from 'commander';
import { batchLettersHandlers } from '../../core/api/batch-letters-handlers.js';
import { asOfOption } from '../as-of-option.js';
import type { BatchLettersReport } from '../../core/batch-letters/generate-batch-letters.js';
import { CalcInputError } from '../../core/calc/errors.js';
import { databaseOption, useCase } from '../database-option.js';
import { progressDisplay } from '../progress-bar.js';
import { LANGUAGES, type Language } from '../../core/util/language.js';
import { complaintBatch } from './complaint-batch.js';

interface LettersOptions {
  db: string;
  step: string;
  due?: boolean;
  out: string;
  asOf: string;
  case?: string[];
  settings?: string;
  firstNumber: number;
  sender?: string;
  letterNo?: string;
  deadline?: string;
  ladders?: string;
  carrier?: string;
  agreedAddress?: boolean;
  mail: boolean;
  lang?: Language;
}

function parseFirstNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number such as 1');
  return Number(value);
}

export function registerLetters(program: Command): void {
  program
    .command('letters')
    .description("a ladder step's letter for each selected case (PDF and DOCX), the EMS mailing list, each mailing recorded")
    .addOption(databaseOption())
    .requiredOption(
      '--step <step>',
      'ladder step, e.g. demand-letter, lawyer-letter, property-fee-notice; complaint: the cases at the suit step become complaints (en-GB: particulars of claim), evidence bundles and a fee list by court',
    )
    .requiredOption('--out <dir>', 'folder for the letters and the mailing list')
    .option('--due', 'only the cases whose next step this is, due on the --as-of day')
    .addOption(asOfOption())
    .option('--case <ids...>', 'only these case ids')
    .option(
      '--settings <settings.json>',
      'letter settings shared by the batch (letterhead, account, firm …); letterNo may hold {n}',
    )
    .option('--first-number <n>', 'the first {n} of letterNo', parseFirstNumber, 1)
    .option(
      '--sender <name>',
      "a sender of the app's Settings › Senders, by name: its letterhead, and its next 函号 for each letter (default: the sender marked as default for the step's letters, if any)",
    )
    .option('--letter-no <pattern>', '函号 of each letter, {n} its number in the batch, e.g. 申衡律函〔2026〕第{n}号')
    .option('--deadline <date>', 'the last day to pay, YYYY-MM-DD (default: the letter date plus the usual period)')
    .option('--ladders <config.json>', 'ladder definitions over the defaults (docs/ladder.md)')
    .option(
      '--carrier <name>',
      "the carrier named on the mailings (default: by the case's law, EMS, Royal Mail Signed For or USPS Certified Mail)",
    )
    .option('--agreed-address', "the debtors' addresses are those agreed in the contract or registered (诉讼时效规定 第8条)")
    .option('--no-mail', 'only write the letters and record the step; no mailing, no EMS list')
    .addOption(
      new Option('--lang <language>', "language of the lines naming cases not filed (default: each case's)").choices(LANGUAGES),
    )
    .action(async (options: LettersOptions) => {
      const asOf = options.asOf;
      const caseIds = options.case?.map((id) => {
        if (!/^\d+$/.test(id)) throw new CalcInputError(`--case: expected case ids (numbers, see casepack list), got "${id}"`);
        return Number(id);
      });
      if (options.step === 'complaint') {
        process.exitCode = await complaintBatch({
          db: options.db,
          out: options.out,
          asOf,
          dueOnly: options.due === true,
          ...(caseIds && { caseIds }),
          ...(options.settings && { settings: options.settings }),
          ...(options.ladders && { ladders: options.ladders }),
          ...(options.lang && { lang: options.lang }),
        });
        return;
      }
      const progress = progressDisplay();
      const started = performance.now();
      const report = await useCase(options.db, batchLettersHandlers, 'letters/batch', {
        step: options.step,
        dueOnly: options.due === true,
        ...(caseIds && { caseIds }),
        asOf,
        out: options.out,
        ...(options.settings && { settings: options.settings }),
        firstNumber: options.firstNumber,
        ...(options.sender && { sender: options.sender }),
        ...(options.letterNo && { letterNo: options.letterNo }),
        ...(options.deadline && { deadline: options.deadline }),
        ...(options.ladders && { ladders: options.ladders }),
        mail: options.mail ? { carrier: options.carrier, agreedAddress: options.agreedAddress === true } : false,
        onProgress: progress.onProgress,
      }).finally(progress.stop);
      console.log(summary(report, (performance.now() - started) / 1000));
      // As with the complaint batch: a case left without its letter is a failure of the run.
      if (report.failed.length > 0 || report.blocked.length > 0 || report.notOnStep.length > 0) process.exitCode = 1;
    });
}

function summary(r: BatchLettersReport, seconds: number): string {
  const mailed = r.written.filter((w) => w.mailing).length;
  const lines = [
    `${r.step} on ${r.asOf}: ${r.selected} case(s) selected, ${r.written.length} letter(s) written (PDF + DOCX), ${mailed} recorded as mailed, ${r.blocked.length} blocked by the wording guard, ${r.failed.length} failed — ${seconds.toFixed(1)} s`,
  ];
  if (r.mailingList) lines.push(`EMS list: ${r.mailingList}`);
  for (const b of r.blocked) lines.push(`blocked: case ${b.caseId} ${b.title}`, ...b.findings.map((f) => `  ${f}`));
  for (const f of r.failed) lines.push(`failed: case ${f.caseId} ${f.title}: ${f.message}`);
  for (const n of r.notMailed) lines.push(`not mailed: case ${n.caseId}: ${n.reason}`);
  for (const n of r.notOnStep)
    lines.push(
      `not made: case ${n.caseId} ${n.title}: ${n.reason === 'settled' ? 'nothing is owed' : n.reason === 'not-due' ? `${r.step} is not due` : `${r.step} is not a step of its ladder (docs/ladder.md)`}`,
    );
  const warned = r.written.filter((w) => w.warnings > 0).length;
  if (warned > 0) lines.push(`${warned} letter(s) carry wording warnings: review them before posting`);
  return lines.join('\n');
}
