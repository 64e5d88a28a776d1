import { basename, join } from 'node:path';
import type { ProgressListener } from '../batch-import/progress.js';
import type { CaseFile } from '../case/schema.js';
import { calculateCase } from '../calc/calculate-case.js';
import { exportDecision } from '../compliance/exportable.js';
import type { Category, Finding } from '../compliance/types.js';
import { findingReason } from '../compliance/reasons.js';
import { renderDocx } from '../documents/docx/render-docx.js';
import { renderPdf } from '../documents/pdf/render-pdf.js';
import { CasePackError, FileError, type ErrorParams } from '../errors.js';
import { readLadderRow, writeLadderRow } from '../ladder/case-ladder-rows.js';
import { caseLadder } from '../ladder/infer-ladder.js';
import { DEFAULT_LADDERS, ladderSteps, type LadderConfig } from '../ladder/ladder-config.js';
import { ladderState } from '../ladder/ladder-state.js';
import { generateLetter, type GeneratedLetter } from '../letters/generate-letter.js';
import { LetterJudgmentHeldError } from '../letters/judgment-held.js';
import { hasTemplate } from '../templates/library.js';
import type { LetterSettings } from '../letters/settings.js';
import { writeEmsCsv, type EmsLine } from '../mailing/ems-list.js';
import { updateCase } from '../store/edit-case.js';
import type { Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { formatLetterNo, issueLetterNo, nextLetterNo, parseLetterNo } from '../senders/letter-numbers.js';
import { letterNumber, letterPaths } from './letter-files.js';
import { insertOutputs, type PendingOutput } from '../outputs/case-outputs.js';
import { madeBy } from '../outputs/made-by.js';
import { storeBlobBytes } from '../store/blobs.js';
import { templateVersions } from './template-version.js';
import { recordLetter, type BatchSender, type MailOption, type PendingUpdate } from './record-letter.js';
import { recipientOf, selectCases, type SelectedCase } from './select-cases.js';

export interface BatchLettersOptions {
  step: string;
  /** Only the cases for which the step is due on `asOf` (`--due`). */
  dueOnly: boolean;
  caseIds?: readonly number[];
  asOf: IsoDate;
  outDir: string;
  /** Shared letter settings; `letterNo` may hold `{n}`, the letter's number in the batch. */
  settings?: LetterSettings;
  /** The first `{n}` (default 1). */
  firstNumber?: number;
  /**
   * A sender of Settings numbering the letters: each gets its next 函号 (unless `settings.letterNo` is a pattern),
   * issued as it is recorded; it is the sender named on the mailings and the EMS list.
   */
  sender?: BatchSender;
  ladders?: LadderConfig;
  /** Record each letter as a mailing in transit and write the EMS list; false: only record the step. */
  mail?: MailOption;
  templatesDir?: string;
  onProgress?: ProgressListener;
}

export interface BatchLettersReport {
  step: string;
  asOf: IsoDate;
  selected: number;
  written: { caseId: number; pdf: string; docx: string; mailing?: string; warnings: number }[];
  /** Letters the wording guard stopped: each error finding, with its rule and source. */
  blocked: { caseId: number; title: string; findings: string[]; categories: Category[] }[];
  /**
   * Letters that could not be made: `other-law` when the case's law (locale) has no template of the step (an
   * English case on a 催款函 step), `judgment-held` when the case's judgment is in force on the letter's date (a
   * demand for the contract debt is not made; `params` as the error's, for the UI to word), `error` for anything
   * else (a template's required field missing …).
   */
  failed: {
    caseId: number;
    title: string;
    reason: 'other-law' | 'judgment-held' | 'error';
    message: string;
    params?: ErrorParams;
  }[];
  /** Letters written but not recorded as mailed: the debtor has no address. */
  notMailed: { caseId: number; reason: string }[];
  /**
   * Cases asked for by id that get no letter of this step: `settled` when nothing is owed, `other-step` when
   * their ladder has no such step (an English case asked for a 催款函), `not-due` with `dueOnly`.
   */
  notOnStep: { caseId: number; title: string; reason: 'settled' | 'other-step' | 'not-due' }[];
  mailingList?: string;
}

/**
 * The step's letter for every selected case, as PDF and DOCX in `outDir`, each checked by the wording guard
 * (an error finding blocks that letter only). The step is then recorded on each case — a mailing in transit
 * and a `demand-sent` event — in one transaction, and the EMS list written beside the letters.
 */
export async function generateBatchLetters(store: Store, options: BatchLettersOptions): Promise<BatchLettersReport> {
  const { step: stepId, asOf, outDir, settings = {}, ladders = DEFAULT_LADDERS } = options;
  const mail = options.mail ?? { agreedAddress: false };
  const selected = selectCases(store, ladders, {
    step: stepId,
    dueOnly: options.dueOnly,
    asOf,
    ...(options.caseIds && { caseIds: options.caseIds }),
  });
  const report: BatchLettersReport = {
    step: stepId,
    asOf,
    selected: selected.length,
    written: [],
    blocked: [],
    failed: [],
    notMailed: [],
    notOnStep: leftOut(store, ladders, stepId, options.caseIds ?? [], selected, asOf),
  };
  const updates: PendingUpdate[] = [];
  const outputs: PendingOutput[] = [];
  const maker = madeBy(store);
  const versions = templateVersions();
  const lines: EmsLine[] = [];
  const issued: { caseId: number; template: string; letterNo: string }[] = [];
  const numbered = options.sender && !settings.letterNo ? options.sender : undefined;
  let n = numbered ? (parseLetterNo(nextLetterNo(store, numbered, asOf))?.seq ?? 1) : (options.firstNumber ?? 1);

  for (const [i, selection] of selected.entries()) {
    const { id: caseId, data } = selection.stored;
    options.onProgress?.({ phase: 'letters', done: i, total: selected.length, label: data.title });
    const templateId = letterTemplate(selection);
    // Never a template of another law's locale: nothing is written or recorded for such a case.
    if (!hasTemplate(templateId, data.locale, options.templatesDir)) {
      report.failed.push({
        caseId,
        title: data.title,
        reason: 'other-law',
        message: `no ${selection.step.title} (${templateId}) for ${data.locale} cases: make the case's own letter from the case`,
      });
      continue;
    }
    try {
      const letterNo = numbered
        ? formatLetterNo(numbered.prefix, Number(asOf.slice(0, 4)), n)
        : letterNumber(settings.letterNo, n);
      const letter = caseLetter(selection.stored.data, templateId, { ...options, settings }, letterNo);
      const { blocking } = exportDecision(letter.findings);
      if (blocking.length > 0) {
        report.blocked.push({
          caseId,
          title: data.title,
          findings: blocking.map(blockingLine),
          categories: [...new Set(blocking.map((f) => f.category))],
        });
        continue;
      }
      const to = recipientOf(data);
      const paths = letterPaths(outDir, caseId, data.debtors[to]!.name, selection.step.title);
      const pdf = await renderPdf(letter.model);
      const docx = await renderDocx(letter.model);
      await writeFileAtomic(paths.pdf, pdf);
      await writeFileAtomic(paths.docx, docx);
      n++;
      if (options.sender && letterNo) issued.push({ caseId, template: templateId, letterNo });
      const recorded = await recordLetter(
        store,
        selection,
        { generated: letter, pdf, to, letterNo },
        { asOf, mail, sender: options.sender },
      );
      const log = { template: templateId, templateVersion: versions.of(letter.meta.dir), letterNo, mailing: recorded.mailingId };
      for (const [file, bytes] of [
        [paths.pdf, pdf],
        [paths.docx, docx],
      ] as const)
        outputs.push({
          caseId,
          kind: 'letter',
          fileName: basename(file),
          blob: await storeBlobBytes(store.blobDir, bytes),
          madeAt: new Date().toISOString(),
          madeBy: maker,
          ...log,
        });
      if (recorded.notMailed) report.notMailed.push({ caseId, reason: recorded.notMailed });
      if (recorded.update) updates.push(recorded.update);
      if (recorded.emsLine) lines.push(recorded.emsLine);
      const warnings = letter.findings.filter((f) => f.severity === 'warning').length;
      report.written.push({
        caseId,
        pdf: paths.pdf,
        docx: paths.docx,
        ...(recorded.mailing && { mailing: recorded.mailing }),
        warnings,
      });
    } catch (error) {
      if (!(error instanceof CasePackError)) throw error;
      const held = error instanceof LetterJudgmentHeldError;
      report.failed.push({
        caseId,
        title: data.title,
        reason: held ? 'judgment-held' : 'error',
        message: error.message,
        ...(held && { params: error.params }),
      });
    }
  }
  options.onProgress?.({ phase: 'letters', done: selected.length, total: selected.length });

  if (lines.length > 0) {
    report.mailingList = join(outDir, `ems-${stepId}-${asOf}.csv`);
    await writeEmsCsv(report.mailingList, lines);
  }
  recordSteps(store, updates, outputs, ladders, () => {
    for (const i of issued) issueLetterNo(store, { sender: options.sender!, ...i, date: asOf });
  });
  return report;
}

/** The cases asked for that selectCases left out, and why. */
function leftOut(
  store: Store,
  ladders: LadderConfig,
  stepId: string,
  caseIds: readonly number[],
  selected: readonly SelectedCase[],
  asOf: IsoDate,
): BatchLettersReport['notOnStep'] {
  const chosen = new Set(selected.map((s) => s.stored.id));
  return caseIds
    .filter((id) => !chosen.has(id))
    .map((caseId) => {
      const { data } = getCase(store, caseId);
      const onLadder = ladders[caseLadder(data, readLadderRow(store.db, caseId)?.ladder)]?.some((s) => s.id === stepId);
      const reason = !onLadder ? 'other-step' : calculateCase(data, asOf).settled ? 'settled' : 'not-due';
      return { caseId, title: data.title, reason };
    });
}

/** The step's letter template; a step without one (a call, the suit) stops the batch. */
function letterTemplate({ ladder, step }: SelectedCase): string {
  if (step.template === null)
    throw new FileError(
      'ladder config',
      `step "${step.id}" of ladder ${ladder} has no letter template: log it as a contact event with step "${step.id}" (docs/ladder.md)`,
    );
  return step.template;
}

/** One case's letter, with its own 函号 (the batch's pattern with `{n}` filled in). */
function caseLetter(
  data: CaseFile,
  templateId: string,
  options: Pick<BatchLettersOptions, 'asOf' | 'templatesDir'> & { settings: LetterSettings },
  letterNo: string | undefined,
): GeneratedLetter {
  return generateLetter(data, {
    templateId,
    asOf: options.asOf,
    settings: { ...options.settings, ...(letterNo && { letterNo }) },
    ...(options.templatesDir && { templatesDir: options.templatesDir }),
  });
}

const blockingLine = (f: Finding) => `${f.ruleId}: "${f.words}" — ${findingReason(f, 'en')} (${f.source})`;

/** Every case's record of its letter, its ladder row, its kept letters and its 函号, in one transaction. */
function recordSteps(
  store: Store,
  updates: readonly PendingUpdate[],
  outputs: readonly PendingOutput[],
  ladders: LadderConfig,
  issueNumbers: () => void,
): void {
  store.db
    .transaction(() => {
      issueNumbers();
      for (const u of updates) {
        updateCase(store, u.caseId, u.raw, u.added);
        writeLadderRow(store.db, u.caseId, u.ladder, ladderState(getCase(store, u.caseId).data, ladderSteps(ladders, u.ladder)));
      }
      insertOutputs(store.db, outputs);
    })
    .immediate();
}
