import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { ApiErrorPayload } from '../../core/api/api-error.js';
import {
  complaintsJobStatus,
  complaintsZipFile,
  discardComplaintsJob,
  startComplaintsJob,
  type ComplaintsResult,
} from '../../core/api/complaint-jobs.js';
import { selectCases } from '../../core/batch-letters/select-cases.js';
import { CasePackError } from '../../core/errors.js';
import type { IsoDate } from '../../core/dates/calendar-date.js';
import { readLadderConfig } from '../../core/ladder/ladder-config.js';
import { loadLetterSettings } from '../../core/letters/settings-file.js';
import { getCase } from '../../core/store/read-cases.js';
import { suitPapers } from '../../core/filings/suit-papers.js';
import { readZip } from '../../core/util/read-zip.js';
import type { Language } from '../../core/util/language.js';
import { withStore } from '../database-option.js';
import { progressDisplay } from '../progress-bar.js';

/** The ladder step whose papers are the complaint and its evidence (core/ladder/ladder-config.ts). */
const SUIT_STEP = 'suit';

export interface ComplaintBatchOptions {
  db: string;
  out: string;
  asOf: IsoDate;
  caseIds?: number[];
  dueOnly: boolean;
  settings?: string;
  ladders?: string;
  lang?: Language;
}

/** Why one case has no complaint, worded for the line the CLI prints. */
interface Refusal {
  caseId: number;
  title: string;
  language: Language;
  reason: string;
}

/**
 * `casepack letters --step complaint`: the chosen cases at the suit step become complaints with their evidence
 * bundles and the fee list grouped by court, made by the desk's batch-complaints job itself; the files are
 * unpacked into `out`. Returns the exit code: 1 when any chosen case could not be filed, each named on a line.
 */
export async function complaintBatch(options: ComplaintBatchOptions): Promise<number> {
  const config = await readLadderConfig(options.ladders);
  const settings = options.settings ? await loadLetterSettings(options.settings) : {};
  const refusals: Refusal[] = [];
  const { dbFile, caseIds, languages } = await withStore(options.db, (store) => {
    const selected = selectCases(store, config, {
      step: SUIT_STEP,
      dueOnly: options.dueOnly,
      asOf: options.asOf,
      ...(options.caseIds && { caseIds: options.caseIds }),
    });
    const chosen = new Set(selected.map((s) => s.stored.id));
    const languages = new Map<number, Language>();
    for (const id of options.caseIds ?? selected.map((s) => s.stored.id)) {
      const { data } = getCase(store, id);
      const language = options.lang ?? (data.locale === 'zh-CN' ? 'zh' : 'en');
      languages.set(id, language);
      // A zh-CN case gets the element-style complaint, an en-GB case particulars of claim; en-US has no suit papers.
      const refusal = !suitPapers(data.locale) ? REASONS[language].noPapers : chosen.has(id) ? null : REASONS[language].notAtSuit;
      if (refusal) {
        chosen.delete(id);
        refusals.push({ caseId: id, title: data.title, language, reason: refusal });
      }
    }
    return { dbFile: store.db.name, caseIds: [...chosen], languages };
  });
  if (caseIds.length === 0) return report(refusals, null, options);

  const progress = progressDisplay();
  let result: ComplaintsResult & { job: string };
  try {
    result = await runJob(dbFile, caseIds, options.asOf, settings, (done, total) =>
      progress.onProgress({ phase: 'letters', done, total }),
    );
  } finally {
    progress.stop();
  }
  try {
    writeUnpacked(options.out, readFileSync(complaintsZipFile(result.job)));
  } finally {
    discardComplaintsJob(result.job);
  }
  const language = (id: number) => languages.get(id) ?? options.lang ?? 'en';
  for (const f of result.report.failed)
    refusals.push({
      caseId: f.caseId,
      title: f.title,
      language: language(f.caseId),
      reason: failureText(f.error, language(f.caseId)),
    });
  for (const b of result.report.blocked)
    refusals.push({
      caseId: b.caseId,
      title: b.title,
      language: language(b.caseId),
      reason: REASONS[language(b.caseId)].blocked,
    });
  refusals.sort((a, b) => a.caseId - b.caseId);
  return report(refusals, result, options);
}

/** Starts the job and waits for it, passing on its progress; its zip stays on disk until discarded. */
async function runJob(
  dbFile: string,
  caseIds: number[],
  asOf: IsoDate,
  settings: Awaited<ReturnType<typeof loadLetterSettings>>,
  onProgress: (done: number, total: number) => void,
): Promise<ComplaintsResult & { job: string }> {
  const job = startComplaintsJob(dbFile, { caseIds, asOf, settings });
  for (;;) {
    const status = complaintsJobStatus(job);
    if (status.state === 'done') return { ...status.result, job };
    if (status.state === 'failed') throw new CasePackError(status.error.message);
    if (status.state === 'cancelled') throw new CasePackError('the batch of complaints was cancelled');
    onProgress(status.done, status.total);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The job's zip unpacked under `out`, each entry kept inside it. */
function writeUnpacked(out: string, zip: Uint8Array): void {
  const root = resolve(out);
  for (const [name, bytes] of readZip(zip, 'complaints.zip')) {
    const path = resolve(root, name);
    if (!path.startsWith(root + sep)) throw new CasePackError(`complaints.zip: entry "${name}" would be written outside ${out}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
}

function report(refusals: Refusal[], result: ComplaintsResult | null, options: ComplaintBatchOptions): number {
  const written = result?.report.written.length ?? 0;
  const feeList = result ? join(options.out, result.report.feeList) : null;
  console.log(
    `complaint on ${options.asOf}: ${written} complaint(s) with evidence written to ${options.out}` +
      (feeList ? `, fee list by court ${feeList}` : '') +
      `, ${refusals.length} case(s) not filed`,
  );
  for (const r of refusals)
    console.error(
      r.language === 'zh'
        ? `案件 ${r.caseId}（${r.title}）未能生成起诉状：${r.reason}`
        : `case ${r.caseId} (${r.title}) not filed: ${r.reason}`,
    );
  return refusals.length > 0 ? 1 : 0;
}

const FIELD_NAMES: Record<Language, Record<string, string>> = {
  zh: { 'filing.court': '受理法院', 'filing.courtBasisText': '管辖依据', 'filing.caseTypeName': '案由' },
  en: {
    'filing.court': 'the court',
    'filing.courtBasisText': 'why the court may hear the case',
    'filing.caseTypeName': 'the type of case',
  },
};

const REASONS = {
  zh: {
    notAtSuit: '案件不在“起诉”步骤（欠款已清偿，或其催收流程没有起诉步骤）',
    noPapers: 'CasePack 只为中国法院的案件生成民事起诉状、为英格兰和威尔士的案件生成 particulars of claim，本案不属于这两类',
    blocked: '措辞检查发现错误，请在案件中预览起诉状并修改后再生成',
    missing: (fields: string) => `缺少${fields}，请在案件的诉讼文书中填写`,
    currency: '诉讼费用按人民币案件计算，本案币种不是人民币',
    judgmentHeld: '本案已有生效法律文书：下一步是申请强制执行，而不是再次起诉',
    other: '案件数据不足以生成起诉状，请在案件中预览起诉状查看原因',
  },
  en: {
    notAtSuit: 'the case is not at the suit step (nothing is owed, or its ladder has no suit step)',
    noPapers:
      'CasePack makes complaints for cases before PRC courts and particulars of claim for England and Wales, and this case is neither',
    blocked: 'the wording guard found an error: preview the complaint in the case and correct it',
    missing: (fields: string) => `it needs ${fields}: fill them in under the case's court filings`,
    currency: 'court fees are worked for claims in yuan, and this case is in another currency',
    judgmentHeld: 'the case holds a judgment in force: the next step is its enforcement, not another suit',
    other: '',
  },
};

/** A failed complaint's coded error in the case's language (the English message where no wording is kept). */
function failureText(error: ApiErrorPayload, language: Language): string {
  const reasons = REASONS[language];
  if (error.code === 'template-missing-fields') {
    const names = String(error.params?.fields ?? '')
      .split(',')
      .map((f) => FIELD_NAMES[language][f] ?? f);
    return reasons.missing(names.join(language === 'zh' ? '、' : ', '));
  }
  if (error.code === 'fees.currency') return reasons.currency;
  if (error.code === 'filing.judgment-held') return reasons.judgmentHeld;
  return language === 'zh' ? reasons.other : error.message;
}
