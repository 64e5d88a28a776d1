import { join } from 'node:path';
import type { ProgressListener } from '../batch-import/progress.js';
import { exportDecision } from '../compliance/exportable.js';
import { findingReason } from '../compliance/reasons.js';
import { renderDocx } from '../documents/docx/render-docx.js';
import { renderPdf } from '../documents/pdf/render-pdf.js';
import { CasePackError, FileError } from '../errors.js';
import { writeLadderRow } from '../ladder/case-ladder-rows.js';
import { DEFAULT_LADDERS, ladderSteps, type LadderConfig } from '../ladder/ladder-config.js';
import { ladderState } from '../ladder/ladder-state.js';
import { generateLetter } from '../letters/generate-letter.js';
import type { LetterSettings } from '../letters/settings.js';
import { writeEmsCsv, type EmsLine } from '../mailing/ems-list.js';
import { withMailing, withStepEvent } from '../mailing/record-mailing.js';
import { storeBlobBytes } from '../store/blobs.js';
import type { CaseFileBlob } from '../store/case-rows.js';
import { updateCase } from '../store/edit-case.js';
import type { Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { emsLine } from './ems-line.js';
import { letterNumber, letterPaths } from './letter-files.js';
import { recipientOf, selectCases } from './select-cases.js';

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
  ladders?: LadderConfig;
  /** Record each letter as a mailing in transit and write the EMS list; false: only record the step. */
  mail?: { carrier: string; agreedAddress: boolean } | false;
  templatesDir?: string;
  onProgress?: ProgressListener;
}

export interface BatchLettersReport {
  step: string;
  asOf: IsoDate;
  selected: number;
  written: { caseId: number; pdf: string; docx: string; mailing?: string; warnings: number }[];
  /** Letters the wording guard stopped: each error finding, with its rule and source. */
  blocked: { caseId: number; title: string; findings: string[] }[];
  /** Letters that could not be made (a template's required field missing …). */
  failed: { caseId: number; title: string; message: string }[];
  /** Letters written but not recorded as mailed: the debtor has no address. */
  notMailed: { caseId: number; reason: string }[];
  mailingList?: string;
}

interface PendingUpdate {
  caseId: number;
  ladder: string;
  raw: Record<string, unknown>;
  added: CaseFileBlob[];
}

/**
 * The step's letter for every selected case, as PDF and DOCX in `outDir`, each checked by the wording guard
 * (an error finding blocks that letter only). The step is then recorded on each case — a mailing in transit
 * and a `demand-sent` event — in one transaction, and the EMS list written beside the letters.
 */
export async function generateBatchLetters(store: Store, options: BatchLettersOptions): Promise<BatchLettersReport> {
  const { step: stepId, asOf, outDir, settings = {}, ladders = DEFAULT_LADDERS } = options;
  const mail = options.mail ?? { carrier: 'EMS', agreedAddress: false };
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
  };
  const updates: PendingUpdate[] = [];
  const lines: EmsLine[] = [];
  let n = options.firstNumber ?? 1;

  for (const [i, { stored, ladder, step }] of selected.entries()) {
    const { id: caseId, data } = stored;
    options.onProgress?.({ phase: 'letters', done: i, total: selected.length, label: data.title });
    if (step.template === null)
      throw new FileError(
        'ladder config',
        `step "${step.id}" of ladder ${ladder} has no letter template: log it as a contact event with step "${step.id}" (docs/ladder.md)`,
      );
    try {
      const letterNo = letterNumber(settings.letterNo, n);
      const letter = generateLetter(data, {
        templateId: step.template,
        asOf,
        settings: { ...settings, ...(letterNo && { letterNo }) },
        ...(options.templatesDir && { templatesDir: options.templatesDir }),
      });
      const { blocking } = exportDecision(letter.findings);
      if (blocking.length > 0) {
        report.blocked.push({
          caseId,
          title: data.title,
          findings: blocking.map((f) => `${f.ruleId}: "${f.words}" — ${findingReason(f, 'en')} (${f.source})`),
        });
        continue;
      }
      const to = recipientOf(data);
      const paths = letterPaths(outDir, caseId, data.debtors[to]!.name, step.title);
      const pdf = await renderPdf(letter.model);
      await writeFileAtomic(paths.pdf, pdf);
      await writeFileAtomic(paths.docx, await renderDocx(letter.model));
      n++;
      const warnings = letter.findings.filter((f) => f.severity === 'warning').length;
      const raw = stored.raw as Record<string, unknown>;
      const address = data.debtors[to]!.address;
      if (mail && !address) report.notMailed.push({ caseId, reason: `${data.debtors[to]!.name} has no address in the case` });
      if (mail && address) {
        const taken = new Set(stored.files.map((f) => f.path));
        let path = `letters/${asOf}-${step.id}.pdf`;
        for (let k = 2; taken.has(path); k++) path = `letters/${asOf}-${step.id}-${k}.pdf`;
        const blob = await storeBlobBytes(store.blobDir, pdf);
        const recorded = withMailing(raw, data, caseId, {
          template: step.template,
          title: step.title,
          step: step.id,
          letter: path,
          carrier: mail.carrier,
          sentOn: asOf,
          to,
          address,
          agreedAddress: mail.agreedAddress,
        });
        updates.push({ caseId, ladder, raw: recorded.raw, added: [{ path, blob }] });
        lines.push(emsLine(data, to, step.title, letter.statement.total, recorded.reference));
        report.written.push({ caseId, pdf: paths.pdf, docx: paths.docx, mailing: recorded.reference, warnings });
      } else {
        const note = mail ? `生成${step.title}，未寄送（无地址）` : `生成${step.title}`;
        if (!mail)
          updates.push({
            caseId,
            ladder,
            raw: withStepEvent(raw, { date: asOf, kind: 'letter', party: to, step: step.id, note }),
            added: [],
          });
        report.written.push({ caseId, pdf: paths.pdf, docx: paths.docx, warnings });
      }
    } catch (error) {
      if (!(error instanceof CasePackError)) throw error;
      report.failed.push({ caseId, title: data.title, message: error.message });
    }
  }
  options.onProgress?.({ phase: 'letters', done: selected.length, total: selected.length });

  if (lines.length > 0) {
    report.mailingList = join(outDir, `ems-${stepId}-${asOf}.csv`);
    await writeEmsCsv(report.mailingList, lines);
  }
  store.db
    .transaction(() => {
      for (const u of updates) {
        updateCase(store, u.caseId, u.raw, u.added);
        writeLadderRow(store.db, u.caseId, u.ladder, ladderState(getCase(store, u.caseId).data, ladderSteps(ladders, u.ladder)));
      }
    })
    .immediate();
  return report;
}
