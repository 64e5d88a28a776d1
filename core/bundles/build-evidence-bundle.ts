import type { LoadedCase } from '../case/validate.js';
import { localToday } from '../dates/calendar-date.js';
import type { ExhibitLimits } from '../exhibits/limits.js';
import { sha256File } from '../util/sha256.js';
import { measureFor } from './bundle-fonts.js';
import { labelsFor } from './bundle-labels.js';
import { planBundle, type BundlePlan } from './bundle-plan.js';
import { numberEvidence } from '../exhibits/exhibit-entry.js';
import { layoutIndex } from './index-table.js';
import { intakeAll } from './intake-all.js';
import { attachManifest, manifestHeader, type BundleManifest } from './manifest.js';
import { progressCounter, type OnBundleProgress } from './bundle-progress.js';
import { preflightDocument, type PreflightReport, type RuleSet } from './preflight/preflight.js';
import { renderEvidenceVolume } from './render-evidence-volume.js';
import { createBundleDocument, saveBundle } from './save-pdf.js';
import { type StampStyle } from './stamp.js';
import { BundleError } from './errors.js';

export interface EvidenceBundleOptions {
  /** Default: `zh` for a zh-CN case, `en` otherwise. */
  stamp?: StampStyle;
  dividers?: boolean;
  /** Split into volumes of at most this many bytes each. */
  volumeBytes?: number;
  court?: string;
  /** Submission date on the cover, `YYYY-MM-DD`; default today. */
  date?: string;
  now?: Date;
  /** The file name of volume `n` of `of` (for links between volumes): default `bundle.pdf`, `bundle-2.pdf`… */
  volumeFileName?: (n: number, of: number) => string;
  /** Run the pre-flight rules of this set on each volume as it is saved (on the document, not re-read). */
  preflight?: RuleSet;
  /** How much of each evidence file is read before it is refused; the defaults when not given. */
  limits?: ExhibitLimits;
  /** Told each file read, exhibit placed and volume written. */
  onProgress?: OnBundleProgress;
}

export interface BuiltVolume {
  n: number;
  fileName: string;
  bytes: Uint8Array;
  /** When `preflight` was asked for. */
  preflight?: PreflightReport;
}

export interface BuiltBundle {
  volumes: BuiltVolume[];
  manifest: BundleManifest;
}

/** Tries this many budgets when a volume comes out over the limit (the budget is an estimate). */
const VOLUME_ATTEMPTS = 3;

/**
 * Builds the evidence bundle (证据材料) for a case: cover, linked index (证据目录), exhibits as A4 pages,
 * page stamps, outline and an embedded manifest — in one PDF, or in volumes under a size limit.
 */
export async function buildEvidenceBundle(loaded: LoadedCase, options: EvidenceBundleOptions = {}): Promise<BuiltBundle> {
  const { data } = loaded;
  if (data.evidence.length === 0)
    throw new BundleError(`${loaded.file}: the case lists no evidence; add entries to "evidence" first`);
  const labels = labelsFor(data.locale);
  const stamp = options.stamp ?? { kind: data.locale === 'zh-CN' ? 'zh' : 'en' };
  const now = options.now ?? new Date();
  const fileNameOf = options.volumeFileName ?? ((n: number) => (n === 1 ? 'bundle.pdf' : `bundle-${n}.pdf`));
  const entries = numberEvidence(data.evidence);
  const progress = progressCounter(entries.length, options.onProgress);
  const exhibits = await intakeAll(entries, loaded.dir, options.limits, progress.read);
  const layout = layoutIndex(measureFor(labels.script), labels, entries);
  const caseSha = await sha256File(loaded.file);

  let budget = options.volumeBytes;
  for (let attempt = 1; ; attempt++) {
    const plan = planBundle(exhibits, layout.pages.length, { dividers: options.dividers ?? false, budget });
    const of = plan.volumes.length;
    const manifest = manifestFor(plan, { loaded, caseSha, stamp, now, options, fileName: (n) => fileNameOf(n, of) });
    const volumes: BuiltVolume[] = [];
    progress.placing();
    for (const volume of plan.volumes) {
      const doc = await createBundleDocument(`${labels.coverTitle} — ${data.title}`, data.locale, now);
      await renderEvidenceVolume({
        doc,
        plan,
        volume,
        labels,
        stamp,
        cover: coverFacts(loaded, options, plan, of),
        index: layout,
        fileNameOf: (n) => fileNameOf(n, of),
        onPlaced: (item) => progress.placed(item.lastPage, plan.totalPages),
      });
      await attachManifest(doc, {
        ...manifest,
        volume: { n: volume.n, of, firstPage: volume.firstPage, lastPage: volume.lastPage, maxBytes: options.volumeBytes },
      });
      const fileName = fileNameOf(volume.n, of);
      progress.writing(volume.lastPage - volume.firstPage + 1);
      const bytes = await saveBundle(doc);
      const preflight =
        options.preflight &&
        preflightDocument(fileName, doc, bytes.length, options.preflight, options.volumeBytes ?? Number.POSITIVE_INFINITY);
      volumes.push({ n: volume.n, fileName, bytes, preflight });
    }
    const largest = Math.max(...volumes.map((v) => v.bytes.length));
    if (options.volumeBytes === undefined || largest <= options.volumeBytes) {
      progress.written(plan.totalPages);
      return { volumes, manifest };
    }
    if (attempt === VOLUME_ATTEMPTS || plan.volumes.length === exhibits.length)
      throw new BundleError(
        `cannot split the bundle into volumes of at most ${options.volumeBytes} bytes (one came out at ${largest}); raise --volume-mb`,
      );
    budget = Math.floor(budget! * (options.volumeBytes / largest) * 0.95);
  }
}

function coverFacts(loaded: LoadedCase, options: EvidenceBundleOptions, plan: BundlePlan, of: number) {
  const { data } = loaded;
  const agent = data.agent ? [data.agent.firm ?? data.agent.name, data.agent.lawyer].filter(Boolean).join(' ') : undefined;
  return {
    caseTitle: data.title,
    submittedBy: data.creditor.name,
    against: data.debtors.map((d) => d.name),
    agent,
    court: options.court,
    date: options.date ?? localToday(options.now),
    exhibits: data.evidence.length,
    pages: plan.totalPages,
    volume: { n: 1, of },
  };
}

interface ManifestContext {
  loaded: LoadedCase;
  caseSha: string;
  stamp: StampStyle;
  now: Date;
  options: EvidenceBundleOptions;
  fileName: (n: number) => string;
}

function manifestFor(plan: BundlePlan, c: ManifestContext): BundleManifest {
  return {
    ...manifestHeader('evidence', c.loaded, c.caseSha, c.stamp, c.now),
    totalPages: plan.totalPages,
    volume: { n: 1, of: plan.volumes.length, firstPage: 1, lastPage: plan.volumes[0]!.lastPage },
    volumes: plan.volumes.map((v) => ({ n: v.n, fileName: c.fileName(v.n), firstPage: v.firstPage, lastPage: v.lastPage })),
    generatedPages: [
      1,
      ...plan.indexPages,
      ...plan.exhibits.flatMap((item) => (item.divider === undefined ? [] : [item.divider])),
    ],
    indexPages: plan.indexPages,
    exhibits: plan.exhibits.map(({ exhibit, ...item }) => ({
      id: exhibit.ref.id,
      number: exhibit.ref.number,
      title: exhibit.ref.title,
      file: exhibit.ref.file,
      fileName: exhibit.fileName,
      source: exhibit.ref.source,
      purpose: exhibit.ref.purpose,
      original: exhibit.ref.original,
      sha256: exhibit.sha256,
      size: exhibit.size,
      firstPage: item.firstPage,
      lastPage: item.lastPage,
      volume: item.volume,
    })),
  };
}
