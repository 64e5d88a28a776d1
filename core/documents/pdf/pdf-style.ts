import type { DocumentModel } from '../model.js';
import type { FaceId } from './fonts.js';

/** Millimetres to PDF points. */
export const mm = (value: number): number => (value * 72) / 25.4;

/** A4, with the margins of GB/T 9704 (党政机关公文格式) 5.2.1: top 37, bottom 35, left 28, right 26 mm. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  marginTop: mm(37),
  marginBottom: mm(35),
  marginLeft: mm(28),
  marginRight: mm(26),
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

export interface TextStyle {
  face: FaceId;
  /** Font size in points. */
  size: number;
  /** Distance from one baseline to the next, in points. */
  leading: number;
}

export interface PdfStyle {
  body: TextStyle;
  bold: FaceId;
  /** Space after a paragraph, in points (Chinese letters use indents, not gaps, between paragraphs). */
  paragraphGap: number;
  headings: Record<1 | 2 | 3, TextStyle & { before: number; after: number }>;
  cell: TextStyle;
  cellPaddingX: number;
  cellPaddingY: number;
  /** Where a list item's number or bullet sits, in em of the body size from the left margin. */
  listMarkerIndent: number;
  small: TextStyle;
  letterheadName: TextStyle;
}

/** 小四 (12 pt) body at a 1.8 line pitch like GB/T 9704; 小二 serif bold title; 黑体-like section heads. */
const ZH: PdfStyle = {
  body: { face: 'serif', size: 12, leading: 21.6 },
  bold: 'serif-bold',
  paragraphGap: 0,
  headings: {
    1: { face: 'serif-bold', size: 18, leading: 28, before: 6, after: 14 },
    2: { face: 'sans-bold', size: 12, leading: 21.6, before: 6, after: 2 },
    3: { face: 'serif-bold', size: 12, leading: 21.6, before: 4, after: 0 },
  },
  cell: { face: 'serif', size: 10.5, leading: 15.5 },
  cellPaddingX: 5,
  cellPaddingY: 3.5,
  listMarkerIndent: 2,
  small: { face: 'serif', size: 9, leading: 12 },
  letterheadName: { face: 'serif-bold', size: 16, leading: 22 },
};

const EN: PdfStyle = {
  body: { face: 'serif', size: 11, leading: 15.5 },
  bold: 'serif-bold',
  paragraphGap: 7,
  headings: {
    1: { face: 'serif-bold', size: 15, leading: 20, before: 4, after: 12 },
    2: { face: 'sans-bold', size: 11.5, leading: 16, before: 8, after: 3 },
    3: { face: 'serif-bold', size: 11, leading: 15.5, before: 6, after: 2 },
  },
  cell: { face: 'serif', size: 10, leading: 13.5 },
  cellPaddingX: 5,
  cellPaddingY: 3.5,
  listMarkerIndent: 0.5,
  small: { face: 'serif', size: 8.5, leading: 11 },
  letterheadName: { face: 'serif-bold', size: 15, leading: 20 },
};

export function styleFor(model: Pick<DocumentModel, 'language'>): PdfStyle {
  return model.language === 'zh-CN' ? ZH : EN;
}
