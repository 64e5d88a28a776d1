import { PDFArray, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { MAX_DPI } from '../../exhibits/prepare-image.js';
import { maxImageDpi } from '../../exhibits/content-images.js';
import { outlineItems, pageLinks } from '../reading/destinations.js';
import { pageLabels } from '../reading/page-labels.js';
import type { OpenedBundle } from '../reading/read-bundle.js';
import { findActiveContent } from './active-content.js';
import { fontProblems } from './font-check.js';

export type RuleSet = 'cn' | 'ew';

export interface RuleResult {
  rule: string;
  ok: boolean;
  detail: string;
  /** Bundle page numbers where the rule fails. */
  pages: number[];
  source: string;
}

export interface PreflightContext {
  bundle: OpenedBundle;
  /** The printed number of this file's first page (later volumes continue the count). */
  firstNumber: number;
  maxBytes: number;
}

const EW = 'General Guidance on Electronic Court Bundles (Courts and Tribunals Judiciary, 29 Nov 2021)';
const CN = '最高人民法院关于民事诉讼证据的若干规定 第19条; court e-filing practice';

type Rule = {
  name: string;
  sets: RuleSet[];
  source: string;
  check: (c: PreflightContext, set: RuleSet) => Omit<RuleResult, 'rule' | 'source'>;
};

const numbered = (c: PreflightContext, indexes: number[]) => indexes.map((i) => i + c.firstNumber);
const result = (pages: number[], pass: string, fail: string) => ({
  ok: pages.length === 0,
  pages,
  detail: pages.length === 0 ? pass : fail,
});

export const RULES: Rule[] = [
  {
    name: 'page labels equal page numbers',
    sets: ['ew', 'cn'],
    source: `${EW}, para 2`,
    check: (c) => {
      const bad = pageLabels(c.bundle.doc).flatMap((label, i) => (label === String(i + c.firstNumber) ? [] : [i]));
      return result(numbered(c, bad), 'every page label is its page number', 'page label differs from the page number');
    },
  },
  {
    name: 'every index row hyperlinked',
    sets: ['ew', 'cn'],
    source: `${EW}, para 3`,
    check: (c) => {
      const m = c.bundle.manifest;
      if (!m) return { ok: false, pages: [], detail: 'no CasePack manifest: the index cannot be found' };
      if (m.volume.n !== 1) return { ok: true, pages: [], detail: 'the index is in volume 1' };
      const targets = m.indexPages.flatMap((n) => pageLinks(c.bundle.doc, n - c.firstNumber));
      const unlinked = m.exhibits.filter((e) => {
        const index = e.firstPage - m.volumes[e.volume - 1]!.firstPage;
        const file = e.volume === 1 ? undefined : m.volumes[e.volume - 1]!.fileName;
        return !targets.some((t) => t?.pageIndex === index && t.file === file);
      });
      return {
        ok: unlinked.length === 0,
        pages: unlinked.length ? m.indexPages : [],
        detail:
          unlinked.length === 0 ? `${m.exhibits.length} rows linked` : `no link for ${unlinked.map((e) => e.id).join(', ')}`,
      };
    },
  },
  {
    name: 'a bookmark per exhibit with its page number',
    sets: ['ew', 'cn'],
    source: `${EW}, para 3`,
    check: (c, set) => {
      const m = c.bundle.manifest;
      if (!m) return { ok: false, pages: [], detail: 'no CasePack manifest: the exhibits are unknown' };
      const items = outlineItems(c.bundle.doc);
      const missing = m.exhibits
        .filter((e) => e.volume === m.volume.n)
        .filter(
          (e) =>
            !items.some(
              (it) =>
                it.target?.pageIndex === e.firstPage - c.firstNumber &&
                (set === 'cn' || new RegExp(`\\b${e.firstPage}\\b`).test(it.title)),
            ),
        );
      return {
        ok: missing.length === 0,
        pages: missing.map((e) => e.firstPage),
        detail: missing.length === 0 ? `${items.length} bookmarks` : `no bookmark for ${missing.map((e) => e.id).join(', ')}`,
      };
    },
  },
  {
    name: 'every page A4 and upright',
    sets: ['ew', 'cn'],
    source: `${EW}, para 5; A4 (GB/T 148) as courts print`,
    check: (c) => {
      const bad = c.bundle.doc.getPages().flatMap((page, i) => {
        const { width, height } = page.getCropBox();
        const [a, b] = [Math.min(width, height), Math.max(width, height)];
        return Math.abs(a - 595.28) < 1.5 && Math.abs(b - 841.89) < 1.5 && page.getRotation().angle % 360 === 0 ? [] : [i];
      });
      return result(numbered(c, bad), 'all pages A4, none rotated', 'not A4 or rotated');
    },
  },
  {
    name: `images at most ${MAX_DPI} dpi`,
    sets: ['ew', 'cn'],
    source: `${EW} (resolution not greater than 300 dpi)`,
    check: (c) => {
      const bad = c.bundle.doc.getPages().flatMap((page, i) => (maxImageDpi(page) > MAX_DPI + 1 ? [i] : []));
      return result(numbered(c, bad), `no image above ${MAX_DPI} dpi`, `an image above ${MAX_DPI} dpi`);
    },
  },
  {
    name: 'text extractable on generated pages',
    sets: ['ew', 'cn'],
    source: `${EW}, para 4`,
    check: (c) => {
      const generated =
        c.bundle.manifest?.generatedPages.filter((n) => n >= c.firstNumber && n < c.firstNumber + c.bundle.doc.getPageCount()) ??
        [];
      const bad = generated.filter((n) => fontProblems(c.bundle.doc.getPage(n - c.firstNumber)).length > 0);
      return result(
        bad,
        `${generated.length} generated page(s) with embedded fonts mapped to Unicode`,
        'a font not embedded or without ToUnicode',
      );
    },
  },
  {
    name: 'opens at 100%',
    sets: ['ew', 'cn'],
    source: `${EW}, para 6`,
    check: (c) => {
      const action = c.bundle.doc.catalog.lookup(PDFName.of('OpenAction'));
      const zoom = action instanceof PDFArray && action.get(0) instanceof PDFRef ? action.lookup(4) : undefined;
      const ok =
        action instanceof PDFArray &&
        action.lookup(1) === PDFName.of('XYZ') &&
        zoom instanceof PDFNumber &&
        zoom.asNumber() === 1;
      return { ok, pages: ok ? [] : [c.firstNumber], detail: ok ? 'opens on page 1 at 100%' : 'no open action at 100% zoom' };
    },
  },
  {
    name: 'volume size under the limit',
    sets: ['ew', 'cn'],
    source: `${EW} (electronically optimised file size); court upload limits`,
    check: (c) => {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      const ok = c.bundle.size <= c.maxBytes;
      return { ok, pages: [], detail: `${mb(c.bundle.size)} of at most ${mb(c.maxBytes)}` };
    },
  },
  {
    name: 'index gives source and purpose of each exhibit',
    sets: ['cn'],
    source: `${CN}（对证据的来源、证明对象和内容作简要说明）`,
    check: (c) => {
      const missing = c.bundle.manifest?.exhibits.filter((e) => !e.source?.trim() || !e.purpose?.trim()) ?? [];
      return {
        ok: missing.length === 0,
        pages: [],
        detail:
          missing.length === 0 ? 'every row states its source and purpose' : `missing for ${missing.map((e) => e.id).join(', ')}`,
      };
    },
  },
  {
    name: 'no active content',
    sets: ['ew', 'cn'],
    source: 'CasePack security (docs/security.md): no script, launch, form submission, link out or attachment',
    check: (c) => {
      const found = findActiveContent(c.bundle.doc);
      const pages = [...new Set(found.flatMap((f) => (f.page === undefined ? [] : [f.page])))].sort((a, b) => a - b);
      const kinds = [...new Set(found.map((f) => f.what))];
      return {
        ok: found.length === 0,
        pages: numbered(c, pages),
        detail: found.length === 0 ? 'no actions, scripts, media or attachments' : kinds.slice(0, 5).join(', '),
      };
    },
  },
];
