import { basename, resolve } from 'node:path';
import type { Mailing } from '../case/schema.js';
import { isTemplateId } from '../case/file-references.js';
import type { LoadedCase } from '../case/validate.js';
import { A4_LONG, A4_SHORT } from '../exhibits/a4-frame.js';
import type { ExhibitLimits } from '../exhibits/limits.js';
import { addExhibitPages, intakeBytes, intakeExhibit, type Exhibit } from '../exhibits/intake.js';
import { findTemplate } from '../templates/library.js';
import { sha256File } from '../util/sha256.js';
import { embedBundleFonts } from './bundle-fonts.js';
import { labelsFor } from './bundle-labels.js';
import type { BuiltBundle } from './build-evidence-bundle.js';
import { courierFacts } from './courier-facts.js';
import { drawCourierFirstPage } from './courier-first-page.js';
import { courierWarnings, type CourierWarning } from './courier-notes.js';
import { BundleError, MailedLetterChangedError, MissingLetterError } from './errors.js';
import { attachManifest, manifestHeader, type BundleManifest } from './manifest.js';
import { setNumberingAndView, writeOutline } from './navigation.js';
import { progressCounter, type OnBundleProgress } from './bundle-progress.js';
import { createBundleDocument, saveBundle } from './save-pdf.js';
import { drawBandNote, drawStamp, type StampStyle } from './stamp.js';

/** Supplies the PDF of a letter generated from the case (the letters engine), or undefined when it cannot. */
export type LetterProvider = (mailing: Mailing, loaded: LoadedCase) => Promise<Uint8Array | undefined>;

export interface CourierBundleOptions {
  /** Regenerates the letter when no copy of the mailed one is stored; used only with `reconstruct`. */
  letter?: LetterProvider;
  /** Asked for explicitly: with no stored copy, enclose a regenerated letter, marked as such on every page. */
  reconstruct?: boolean;
  stamp?: StampStyle;
  now?: Date;
  fileName?: string;
  limits?: ExhibitLimits;
  /** Told each file read (the letter, waybill and tracking record), each placed, and the file written. */
  onProgress?: OnBundleProgress;
}

/** A courier bundle, and what it lacks as proof (also listed on its first page). */
export interface BuiltCourierBundle extends BuiltBundle {
  warnings: CourierWarning[];
}

interface Part {
  role: 'letter' | 'waybill' | 'tracking';
  exhibit: Exhibit;
}

/**
 * The courier-receipt bundle (邮寄送达证据) for one mailing: a first page stating what was sent, to whom and
 * what became of it, then the exact letter, the waybill and the tracking record — the stub and the content.
 */
export async function buildCourierBundle(
  loaded: LoadedCase,
  mailingId: string,
  options: CourierBundleOptions = {},
): Promise<BuiltCourierBundle> {
  const { data } = loaded;
  const mailing = data.mailings.find((m) => m.id === mailingId);
  if (!mailing)
    throw new BundleError(
      `${loaded.file}: no mailing with id "${mailingId}"; the case has ${data.mailings.map((m) => m.id).join(', ') || 'none'}`,
    );
  const labels = labelsFor(data.locale);
  const zh = labels.script === 'cjk';
  const stamp = options.stamp ?? { kind: zh ? 'zh' : 'en' };
  const now = options.now ?? new Date();
  const roles = (['waybill', 'tracking'] as const).filter((role) => mailing[role]);
  const progress = progressCounter(1 + roles.length, options.onProgress);
  const { exhibit: letter, source } = await letterExhibit(loaded, mailing, options);
  progress.read();
  const warnings = courierWarnings(mailing, source);
  const parts: Part[] = [{ role: 'letter', exhibit: letter }];
  for (const role of roles) {
    const file = mailing[role]!;
    parts.push({ role, exhibit: await intakeExhibit({ id: `${mailing.id}.${role}`, file }, loaded.dir, options.limits) });
    progress.read();
  }
  const names = {
    letter: zh ? '信件' : 'Letter',
    waybill: zh ? '快递运单' : 'Waybill',
    tracking: zh ? '物流记录' : 'Tracking record',
  };
  let next = 2;
  const placed = parts.map((part) => {
    const first = next;
    next += part.exhibit.orientations.length;
    return { ...part, first, last: next - 1, name: names[part.role] };
  });
  const total = next - 1;

  const doc = await createBundleDocument(`${labels.courierTitle} — ${mailing.trackingNo}`, data.locale, now);
  const fonts = await embedBundleFonts(doc, labels.script);
  const first = doc.addPage([A4_SHORT, A4_LONG]);
  const letterName = isTemplateId(mailing.document) ? templateTitle(mailing.document, data.locale) : basename(mailing.document);
  drawCourierFirstPage(
    first,
    fonts,
    labels,
    data.title,
    courierFacts(loaded, mailing, labels, { sha256: letter.sha256, source, name: letterName }, placed, warnings),
  );
  const outline = [];
  for (const part of placed) {
    const pages = await addExhibitPages(doc, part.exhibit);
    pages.forEach((page, i) => drawStamp(page, stamp, part.first + i, total, fonts.font.body));
    outline.push({ title: labels.bookmark(part.name, part.first), target: { page: pages[0]!.ref } });
    progress.placed(part.last, total);
  }
  if (source === 'reconstructed')
    for (const page of doc.getPages()) drawBandNote(page, zh ? RECONSTRUCTED_ZH : RECONSTRUCTED_EN, fonts.font.body);
  writeOutline(doc, outline);
  setNumberingAndView(doc, 1);
  const manifest = courierManifest(loaded, mailing, placed, {
    caseSha: await sha256File(loaded.file),
    stamp,
    now,
    total,
    source,
    warnings,
    fileName: options.fileName ?? 'courier.pdf',
  });
  await attachManifest(doc, manifest);
  progress.writing(total);
  const bytes = await saveBundle(doc);
  progress.written(total);
  return { volumes: [{ n: 1, fileName: manifest.volumes[0]!.fileName, bytes }], manifest, warnings };
}

const RECONSTRUCTED_ZH = '重新生成件：本册信件根据案件数据重新生成，并非寄出原件';
const RECONSTRUCTED_EN =
  'RECONSTRUCTION: the letter in this bundle was regenerated from the case data; it is not the copy posted';

/**
 * The letter that was mailed: the stored copy (`letter`, or `document` when it is a file), checked against the
 * hash recorded when it was mailed; else, only when a reconstruction is asked for, one the provider generates.
 */
async function letterExhibit(
  loaded: LoadedCase,
  mailing: Mailing,
  options: CourierBundleOptions,
): Promise<{ exhibit: Exhibit; source: 'stored' | 'reconstructed' }> {
  const stored = mailing.letter ?? (isTemplateId(mailing.document) ? undefined : mailing.document);
  if (stored) {
    const exhibit = await intakeExhibit({ id: `${mailing.id}.letter`, file: stored }, loaded.dir, options.limits);
    if (mailing.letterSha256 !== undefined && exhibit.sha256 !== mailing.letterSha256)
      throw new MailedLetterChangedError(mailing.id, stored);
    return { exhibit, source: 'stored' };
  }
  if (!options.reconstruct) throw new MissingLetterError(mailing.id, mailing.document);
  const bytes = options.letter ? await options.letter(mailing, loaded) : undefined;
  if (!bytes) throw new MissingLetterError(mailing.id, mailing.document);
  const ref = { id: `${mailing.id}.letter`, file: `${mailing.document} (reconstructed)` };
  return { exhibit: await intakeBytes(ref, resolve(loaded.dir, `${mailing.id}-letter.pdf`), bytes), source: 'reconstructed' };
}

function courierManifest(
  loaded: LoadedCase,
  mailing: Mailing,
  placed: (Part & { first: number; last: number; name: string })[],
  c: {
    caseSha: string;
    stamp: StampStyle;
    now: Date;
    total: number;
    source: 'stored' | 'reconstructed';
    warnings: readonly CourierWarning[];
    fileName: string;
  },
): BundleManifest {
  return {
    ...manifestHeader('courier', loaded, c.caseSha, c.stamp, c.now),
    totalPages: c.total,
    volume: { n: 1, of: 1, firstPage: 1, lastPage: c.total },
    volumes: [{ n: 1, fileName: c.fileName, firstPage: 1, lastPage: c.total }],
    generatedPages: [1],
    indexPages: [],
    exhibits: placed.map((p, i) => ({
      id: p.exhibit.ref.id,
      number: i + 1,
      title: p.name,
      file: p.exhibit.ref.file,
      fileName: p.exhibit.fileName,
      source: p.role === 'letter' ? c.source : mailing.carrier,
      purpose: p.role,
      original: false,
      sha256: p.exhibit.sha256,
      size: p.exhibit.size,
      firstPage: p.first,
      lastPage: p.last,
      volume: 1,
    })),
    mailing: {
      id: mailing.id,
      carrier: mailing.carrier,
      trackingNo: mailing.trackingNo,
      status: mailing.status,
      letterSha256: placed[0]!.exhibit.sha256,
      letterSource: c.source,
      warnings: c.warnings.map((w) => w.code),
    },
  };
}

/** `催款函`: the enclosed letter as a reader knows it; the bare id when the template is unknown. */
function templateTitle(id: string, locale: string): string {
  try {
    return findTemplate(id, locale).title;
  } catch {
    return id;
  }
}
