import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import type { DocumentModel } from '../model.js';

/** Points to twentieths of a point (twips), the unit of DOCX spacing and indents. */
export const twips = (points: number): number => Math.round(points * 20);
/** Millimetres to twips. */
export const mmTwips = (value: number): number => Math.round((value * 1440) / 25.4);

/**
 * The fonts the PDF renderer embeds. Word and LibreOffice use them when installed; otherwise Word picks a
 * substitute for the script (宋体/SimSun or 等线 on a Chinese Windows), and LibreOffice would take the JP
 * face of Noto CJK unless an SC font is named as the East Asian font, which is why it is named here.
 */
export const SERIF = 'Noto Serif SC';
export const SANS = 'Noto Sans SC';
const fonts = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

/** Style ids, the names a user sees in Word's style gallery. */
export const STYLE = {
  body: 'BodyText',
  cell: 'TableText',
  signature: 'Signature',
  letterhead: 'Letterhead',
  header: 'Header',
  footer: 'Footer',
} as const;

export interface DocxMeasures {
  /** Body font size in points. */
  bodySize: number;
  /** First-line indent of a body paragraph, in em (a Chinese paragraph starts two characters in). */
  bodyIndent: number;
  /** Where a list's number sits, in em from the margin. */
  listMarkerIndent: number;
  /** A lone signatory signs in the right half of the page, as in a Chinese letter. */
  signRight: boolean;
}

export function docxMeasures(model: Pick<DocumentModel, 'language'>): DocxMeasures {
  return model.language === 'zh-CN'
    ? { bodySize: 12, bodyIndent: 2, listMarkerIndent: 2, signRight: true }
    : { bodySize: 11, bodyIndent: 0, listMarkerIndent: 0.5, signRight: false };
}

/** Paragraph styles a user can change in Word: the same sizes and spacing as the PDF renderer's. */
export function docxStyles(model: Pick<DocumentModel, 'language'>): IStylesOptions {
  const zh = model.language === 'zh-CN';
  const { bodySize, bodyIndent } = docxMeasures(model);
  const leading = zh ? 21.6 : 15.5;
  const exact = (points: number) => ({ line: twips(points), lineRule: LineRuleType.EXACT });
  const language = { value: zh ? 'zh-CN' : model.language, eastAsia: 'zh-CN' };
  const heading = (size: number, font: string, after: number, before: number) => ({
    basedOn: 'Normal',
    next: STYLE.body,
    quickFormat: true,
    run: { font: fonts(font), size: size * 2, bold: true, color: '000000' },
    paragraph: { spacing: { before: twips(before), after: twips(after), ...exact(size * 1.6) }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: fonts(SERIF), size: bodySize * 2, language },
        paragraph: { spacing: exact(leading) },
      },
      title: {
        ...heading(zh ? 18 : 15, SERIF, 14, 6),
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 280 }, keepNext: true },
      },
      heading1: heading(zh ? 12 : 11.5, SANS, 2, zh ? 6 : 8),
      heading2: heading(zh ? 12 : 11, SERIF, 0, 4),
      heading3: heading(zh ? 12 : 11, SERIF, 0, 4),
    },
    paragraphStyles: [
      {
        id: STYLE.body,
        name: 'Body Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.BOTH,
          indent: bodyIndent ? { firstLine: twips(bodyIndent * bodySize) } : undefined,
          spacing: { after: zh ? 0 : twips(7), ...exact(leading) },
        },
      },
      {
        id: STYLE.cell,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: (zh ? 10.5 : 10) * 2 },
        paragraph: { spacing: { before: 0, after: 0, ...exact(zh ? 15.5 : 13.5) } },
      },
      { id: STYLE.signature, name: 'Signature', basedOn: 'Normal', paragraph: { keepNext: true, keepLines: true } },
      {
        id: STYLE.letterhead,
        name: 'Letterhead',
        basedOn: 'Normal',
        run: { size: (zh ? 9 : 8.5) * 2 },
        paragraph: { spacing: exact(12) },
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: 'Normal',
        run: { size: 18 },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: exact(12) },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: 18 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: exact(12) },
      },
    ],
  };
}
