import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../core/case/validate.js';
import { dayBefore } from '../core/dates/calendar-date.js';
import type { CaseFile } from '../core/case/schema.js';
import type { DocumentModel } from '../core/documents/model.js';
import { NO_LINE_END, NO_LINE_START } from '../core/documents/pdf/kinsoku.js';
import { layoutDocument } from '../core/documents/pdf/layout-document.js';
import { generateLetter } from '../core/letters/generate-letter.js';
import { isPreSuitDemand, isSuitFiling } from '../core/letters/judgment-held.js';
import { loadLetterSettings } from '../core/letters/settings-file.js';
import { PROJECT_ROOT } from '../core/project-root.js';
import { runCli } from './support/cli.js';
import { letterPairs, type LetterPair } from './support/letter-pairs.js';
import { comparable, pdfBodyText, readingText } from './support/letter-text.js';
import { darkPixels, PDF_READERS, pdfFonts, renderPages, type RenderedPage } from './support/pdf-tools.js';
import { docxTextByLibreOffice } from './support/second-reader.js';
import { lacksTools, runTool } from './support/system-tools.js';

/**
 * Every bundled template for every bundled example of its locale, made by the real `casepack letter` and
 * read back the way a court or the other side would: qpdf, poppler (pdffonts, pdftotext, pdftoppm) for the
 * PDF, LibreOffice for the DOCX. The amounts must be the strings `casepack calc` prints.
 */
const AS_OF = '2026-11-22';
const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts', 'letters');
const DPI = 80;
const PT = DPI / 72;

const missing = lacksTools('the letter read-back tests', ...PDF_READERS, 'soffice');

interface Rendered extends LetterPair {
  pdf: string;
  docx: string;
  model: DocumentModel;
  cli: { status: number | null; stdout: string; stderr: string };
}

interface CalcFigures {
  total: string;
  words: string;
}

/**
 * The letter's date: AS_OF, but the day before the example's judgment took effect for a demand made before suit
 * or a suit paper, neither made once the judgment is in force (民事诉讼法 第247条, 第127条 第5项).
 */
function letterDate(pair: LetterPair, data: CaseFile): string {
  const effectiveOn = data.filing?.judgment?.effectiveOn;
  return effectiveOn && effectiveOn <= AS_OF && (isPreSuitDemand(pair.template, pair.locale) || isSuitFiling(pair.template))
    ? dayBefore(effectiveOn)
    : AS_OF;
}

/**
 * The contract total and the total in words from `casepack calc`'s text output on `asOf`, as a user reads them
 * there (named the contract's, before the judgment, once a judgment is in force).
 */
function calcFigures(caseFile: string, asOf: string): CalcFigures {
  const result = runCli(['calc', caseFile, '--as-of', asOf]);
  expect([result.status, result.stderr]).toEqual([0, '']);
  const total = /^= total (?:owed|under the contract \(before the judgment\))\s+(\S+)$/m.exec(result.stdout)?.[1];
  const words = /^in words: (.+)$/m.exec(result.stdout)?.[1];
  if (!total || !words) throw new Error(`casepack calc ${caseFile} printed no total or no words:\n${result.stdout}`);
  return { total, words };
}

const pairs = letterPairs();
const name = (p: LetterPair) => `${p.template} × ${p.example}`;

describe.skipIf(missing)('letters: every template × every example, read back by other readers', () => {
  // One folder for the whole suite (useTempDir empties its folders after each test).
  const dir = mkdtempSync(join(tmpdir(), 'casepack-letters-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const rendered = new Map<string, Rendered>();
  const figures = new Map<string, CalcFigures>();
  let docxText = new Map<string, string>();

  beforeAll(async () => {
    for (const pair of pairs) {
      const out = join(dir, pair.example);
      const settings = pair.settingsFile ? ['--settings', pair.settingsFile] : [];
      const { data } = await loadCaseFile(pair.caseFile);
      const asOf = letterDate(pair, data);
      const cli = runCli(['letter', pair.caseFile, '--template', pair.template, '--out', out, '--as-of', asOf, ...settings]);
      // LibreOffice names its output after the input: give every DOCX a name of its own.
      const docx = join(dir, `${pair.template}--${pair.example}.docx`);
      if (cli.status === 0) copyFileSync(join(out, `${pair.template}.docx`), docx);
      const settingsValue = pair.settingsFile ? await loadLetterSettings(pair.settingsFile) : {};
      const { model } = generateLetter(data, { templateId: pair.template, asOf, settings: settingsValue });
      rendered.set(name(pair), { ...pair, pdf: join(out, `${pair.template}.pdf`), docx, model, cli });
      figures.set(name(pair), calcFigures(pair.caseFile, asOf));
    }
    docxText = docxTextByLibreOffice([...rendered.values()].filter((r) => r.cli.status === 0).map((r) => r.docx));
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 300_000);

  it('covers every template and every example', () => {
    expect(new Set(pairs.map((p) => p.template)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(pairs.map((p) => p.locale))).toEqual(new Set(['zh-CN', 'en-GB', 'en-US']));
    // 11 zh-CN templates × 2 examples less the 物业费通知书 for sale of goods, 2 en-GB (the example's debtor is a sole
    // trader: letter-before-claim, no 14-day letter-of-claim; particulars-of-claim), 1 en-US.
    expect(pairs.length).toBe(24);
  });

  describe.each(pairs.map((p) => [name(p), p] as const))('%s', (key) => {
    const letter = () => rendered.get(key)!;

    it('is written by `casepack letter`, which prints both files with their SHA-256', () => {
      const { cli } = letter();
      expect([cli.status, cli.stderr]).toEqual([0, '']);
      expect(cli.stdout).toMatch(/\.pdf {2}sha256 [0-9a-f]{64}/);
      expect(cli.stdout).toMatch(/\.docx {2}sha256 [0-9a-f]{64}/);
    });

    it('passes qpdf --check and embeds every font (pdffonts)', () => {
      const check = runTool('qpdf', ['--check', letter().pdf]);
      expect([check.status, check.stderr]).toEqual([0, '']);
      const fonts = pdfFonts(letter().pdf);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    });

    it('gives back the parties, the contract number and the total in figures and words as `casepack calc` prints them', () => {
      const { pdf, caseFile, model } = letter();
      const pair = pairs.find((p) => name(p) === key)!;
      const text = comparable(runTool('pdftotext', [pdf, '-']).stdout);
      const { total, words } = figures.get(key)!;
      const data = JSON.parse(readFileSync(caseFile, 'utf8')) as {
        creditor: { name: string; representative: string };
        debtors: { name: string; role: string }[];
        contract: { number: string };
        filing?: { judgment?: { caseNumber: string } };
      };
      const debtor = data.debtors.find((d) => d.role === 'debtor')!;
      // Papers for the creditor's side of a suit name no debt; an enforcement application rests on the judgment.
      const wanted: Record<string, string[]> = {
        'legal-representative-certificate': [data.creditor.name, data.creditor.representative],
        'power-of-attorney': [data.creditor.name, debtor.name],
        'enforcement-application': [data.creditor.name, debtor.name, data.filing?.judgment?.caseNumber ?? ''],
      };
      for (const item of wanted[pair.template] ?? [data.creditor.name, debtor.name, data.contract.number, total, words])
        expect(text, `${item} in ${model.title}`).toContain(comparable(item));
    });

    it('has the same text in the PDF (pdftotext), the DOCX (LibreOffice) and the document model', () => {
      const { pdf, docx, model } = letter();
      const expected = comparable(readingText(model));
      expect(comparable(docxText.get(docx) ?? '')).toBe(expected);
      expect(pdfBodyText(pdf, model)).toBe(expected);
    });

    it('breaks no line before forbidden punctuation or after an opening mark (禁则, from the layout)', () => {
      const layout = layoutDocument(letter().model);
      const bad = layout.pages.flatMap((page, p) =>
        page.lines
          .filter((line) => line.text.trim() !== '')
          .filter((line) => NO_LINE_START.has(line.text.trimStart()[0]!) || NO_LINE_END.has(line.text.trimEnd().at(-1)!))
          .map((line) => `page ${p + 1} ${line.role}: ${line.text}`),
      );
      expect(bad).toEqual([]);
    });
  });

  describe.each(pairs.filter((p) => p.locale === 'zh-CN').map((p) => [name(p), p] as const))(
    '%s: page 1 as an image',
    (key, pair) => {
      let pages: RenderedPage[];
      let stderr: string;

      beforeAll(async () => {
        ({ pages, stderr } = await renderPages(rendered.get(key)!.pdf, DPI));
        if (pages[0]) writeFileSync(join(ARTIFACTS, `${pair.template}-${pair.example}.png`), pages[0].png);
      });

      it('renders without a warning from pdftoppm (a broken subset shows up here)', () => {
        expect(pages.length).toBeGreaterThan(0);
        expect(stderr).toBe('');
      });

      it('has ink on every laid-out line of page 1: no glyph drawn blank', () => {
        const [first] = layoutDocument(rendered.get(key)!.model).pages;
        const blank = first!.lines
          .filter((line) => line.text.trim() !== '')
          .filter((line) => {
            const left = Math.min(...line.runs.map((r) => r.x));
            const right = Math.max(...line.runs.map((r) => r.x + r.width));
            const size = Math.max(...line.runs.map((r) => r.size));
            const top = pages[0]!.height - (line.y + size) * PT;
            const bottom = pages[0]!.height - (line.y - size * 0.25) * PT;
            const visible = [...line.text].filter((c) => c.trim() !== '').length;
            return darkPixels(pages[0]!, left * PT, top, right * PT, bottom) < 2 * visible;
          })
          .map((line) => line.text);
        expect(blank).toEqual([]);
      });
    },
  );
});
