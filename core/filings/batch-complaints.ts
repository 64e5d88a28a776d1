import { exportDecision } from '../compliance/exportable.js';
import type { Category } from '../compliance/types.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { renderDocx } from '../documents/docx/render-docx.js';
import { renderPdf } from '../documents/pdf/render-pdf.js';
import { CasePackError } from '../errors.js';
import type { CaseFile } from '../case/schema.js';
import { generateLetter, type GeneratedLetter } from '../letters/generate-letter.js';
import type { LetterSettings } from '../letters/settings.js';
import { safeName } from '../batch-letters/letter-files.js';
import type { Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { formatCents } from '../money/cents.js';
import { spreadsheetCsv } from '../util/spreadsheet-csv.js';
import { suitCourt, suitFee, suitPapers } from './suit-papers.js';

export interface BatchComplaintsOptions {
  caseIds: readonly number[];
  asOf: IsoDate;
  settings?: LetterSettings;
  templatesDir?: string;
  /** Builds the case's evidence bundle (证据材料), numbered as the complaint's 证据清单. */
  evidenceBundle(caseId: number, court: string): Promise<Uint8Array>;
  /**
   * Typesets a complaint already generated and checked: the caller may pass a pool of worker threads (the
   * typesetting is most of the cost); default in this thread from the generated model.
   */
  render?(data: CaseFile, letter: GeneratedLetter): Promise<{ pdf: Uint8Array; docx: Uint8Array }>;
  /** Each file as it is made: `0012-张三/民事起诉状.pdf` (an en-GB case: `particulars-of-claim.pdf`), and last the fee list. */
  write(name: string, bytes: Uint8Array | string): void;
  onProgress?(done: number, total: number): void;
}

/** One complaint made: what the fee list says of it, amounts in cents. */
export interface WrittenComplaint {
  caseId: number;
  title: string;
  defendant: string;
  court: string;
  /** The claim's currency: CNY before a PRC court, GBP before the County Court. */
  currency: string;
  claim: bigint;
  /** 案件受理费 (诉讼费用交纳办法 第13条), or the County Court issue fee (CPFO 2008 Sch. 1 fee 1.1). */
  caseFee: bigint;
  /** Exhibits in its evidence bundle; 0 where the case lists none (no bundle is made). */
  exhibits: number;
}

export interface BatchComplaintsReport {
  asOf: IsoDate;
  selected: number;
  written: WrittenComplaint[];
  /** Complaints the wording guard stopped. */
  blocked: { caseId: number; title: string; categories: Category[] }[];
  /** Complaints that could not be made (no court chosen …): the coded error. */
  failed: { caseId: number; title: string; error: CasePackError }[];
  feeList: string;
}

/** The fee list's columns: grouped by court, a subtotal under each, for the person who pays them in. */
const FEE_HEADER = ['受理法院', '案件编号', '案件名称', '被告', '诉讼请求金额', '案件受理费（立案费）', '币种'];

/**
 * The element-style complaint (PDF and DOCX) of each chosen case with its evidence bundle — for an en-GB case its
 * particulars of claim — and the fee list (`fees-DATE.csv`: each case's court, claim and 案件受理费 under 诉讼费用交纳办法
 * 第13条 or County Court issue fee, with its currency, grouped by court). A case that cannot have its papers (no
 * court chosen, a wording error, a locale with no suit papers) is reported and the batch goes on.
 */
export async function generateBatchComplaints(store: Store, options: BatchComplaintsOptions): Promise<BatchComplaintsReport> {
  const { caseIds, asOf } = options;
  const report: BatchComplaintsReport = {
    asOf,
    selected: caseIds.length,
    written: [],
    blocked: [],
    failed: [],
    feeList: `fees-${asOf}.csv`,
  };
  const written = new Map<number, WrittenComplaint>();
  let done = 0;
  const one = async (caseId: number) => {
    const made = await complaintOf(store, caseId, options, report);
    if (made) written.set(caseId, made);
    options.onProgress?.(++done, caseIds.length);
  };
  // A few cases at once: one complaint is typeset (in the renderer's threads) while another's bundle is built.
  const running = new Set<Promise<void>>();
  options.onProgress?.(0, caseIds.length);
  for (const caseId of caseIds) {
    const task: Promise<void> = one(caseId).finally(() => running.delete(task));
    running.add(task);
    if (running.size >= IN_FLIGHT) await Promise.race(running);
  }
  await Promise.all(running);
  report.written = caseIds.flatMap((id) => written.get(id) ?? []);
  const order = new Map(caseIds.map((id, i) => [id, i]));
  const byCase = (a: { caseId: number }, b: { caseId: number }) => order.get(a.caseId)! - order.get(b.caseId)!;
  report.failed.sort(byCase);
  report.blocked.sort(byCase);
  options.write(report.feeList, feeListCsv(report.written));
  return report;
}

/** A case whose locale has no suit papers in CasePack (en-US). */
export class NoSuitPapersError extends CasePackError {
  override name = 'NoSuitPapersError';
  readonly code = 'filing.no-suit-papers';
  constructor(readonly locale: string) {
    super(`CasePack has no papers to start a suit for a case in ${locale}: only zh-CN complaints and en-GB particulars of claim`);
  }
  get params() {
    return { locale: this.locale };
  }
}

/** Cases worked on at once. */
const IN_FLIGHT = 4;

const renderHere = async (_data: CaseFile, letter: GeneratedLetter) => ({
  pdf: await renderPdf(letter.model),
  docx: await renderDocx(letter.model),
});

/** One case's complaint and bundle, written; or its failure recorded in the report. */
async function complaintOf(
  store: Store,
  caseId: number,
  options: BatchComplaintsOptions,
  report: BatchComplaintsReport,
): Promise<WrittenComplaint | null> {
  const { data } = getCase(store, caseId);
  try {
    const papers = suitPapers(data.locale);
    if (!papers) throw new NoSuitPapersError(data.locale);
    // A case whose judgment is in force on the day is refused by generateLetter (民事诉讼法 第127条 第5项).
    const letter = generateLetter(data, {
      templateId: papers.templateId,
      asOf: options.asOf,
      settings: options.settings ?? {},
      ...(options.templatesDir && { templatesDir: options.templatesDir }),
    });
    const { blocking } = exportDecision(letter.findings);
    if (blocking.length > 0) {
      report.blocked.push({ caseId, title: data.title, categories: [...new Set(blocking.map((f) => f.category))] });
      return null;
    }
    const court = suitCourt(data); // a complaint requires its court: generateLetter refused the case without one
    const defendant = data.debtors.find((d) => d.role === 'debtor')?.name ?? data.debtors[0]!.name;
    const folder = `${String(caseId).padStart(4, '0')}-${safeName(defendant)}`;
    const [files, bundle] = await Promise.all([
      (options.render ?? renderHere)(data, letter),
      data.evidence.length > 0 ? options.evidenceBundle(caseId, court) : null,
    ]);
    options.write(`${folder}/${papers.document}.pdf`, files.pdf);
    options.write(`${folder}/${papers.document}.docx`, files.docx);
    if (bundle) options.write(`${folder}/${papers.bundle}.pdf`, bundle);
    const fees = suitFee(data, letter.statement, options.asOf);
    return {
      caseId,
      title: data.title,
      defendant,
      court,
      currency: data.currency,
      claim: fees.claim,
      caseFee: fees.fee,
      exhibits: data.evidence.length,
    };
  } catch (error) {
    if (!(error instanceof CasePackError)) throw error;
    report.failed.push({ caseId, title: data.title, error });
    return null;
  }
}

/** The fee list: the cases of each court together (courts in name order), then that court's subtotal. */
export function feeListCsv(written: readonly WrittenComplaint[]): string {
  const courts = new Map<string, WrittenComplaint[]>();
  for (const w of written) courts.set(w.court, [...(courts.get(w.court) ?? []), w]);
  const rows: string[][] = [FEE_HEADER];
  for (const court of [...courts.keys()].sort()) {
    const cases = courts.get(court)!;
    for (const w of cases)
      rows.push([court, String(w.caseId), w.title, w.defendant, formatCents(w.claim), formatCents(w.caseFee), w.currency]);
    const sum = (pick: (w: WrittenComplaint) => bigint) => formatCents(cases.reduce((s, w) => s + pick(w), 0n));
    // One court, one currency: a PRC court's cases are in yuan, a County Court's in pounds.
    rows.push([
      `${court} 小计（${cases.length} 件）`,
      '',
      '',
      '',
      sum((w) => w.claim),
      sum((w) => w.caseFee),
      cases[0]!.currency,
    ]);
  }
  return spreadsheetCsv(rows);
}
