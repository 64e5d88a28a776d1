/**
 * The document model: what a template produces and what both renderers (DOCX and PDF) draw. It holds
 * text and structure only; fonts, sizes and margins belong to the renderers' styles.
 */

/** A run of text with one set of attributes. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Align = 'justify' | 'left' | 'center' | 'right';

export interface Heading {
  type: 'heading';
  /** 1 is the letter's title (centred, large); 2 and 3 are section headings. */
  level: 1 | 2 | 3;
  runs: TextRun[];
}

export interface Paragraph {
  type: 'paragraph';
  runs: TextRun[];
  /** Default `justify`. */
  align?: Align;
  /** First-line indent in em (a Chinese body paragraph is indented two characters). Default 0. */
  indent?: number;
}

export interface List {
  type: 'list';
  ordered: boolean;
  items: TextRun[][];
}

export interface TableCell {
  runs: TextRun[];
  align?: Align;
}

export interface Table {
  type: 'table';
  /** Relative column widths (any positive numbers; they are scaled to the text width). */
  widths: number[];
  /** Rows repeated at the top of every page the table runs onto. */
  header: TableCell[][];
  body: TableCell[][];
}

/** Signature and seal lines for one or more parties, side by side when there is room. */
export interface SignatureBlock {
  type: 'signature';
  parties: {
    /** `甲方（债权人）`, `Signed for and on behalf of …` */
    label: string;
    name: string;
    /** Lines drawn for the party to fill in: `签字：`, `盖章：`, `日期：`. */
    lines: string[];
  }[];
}

export interface PageBreak {
  type: 'page-break';
}

export type Block = Heading | Paragraph | List | Table | SignatureBlock | PageBreak;

/** A user's letterhead: drawn at the top of the first page. */
export interface Letterhead {
  /** PNG or JPEG bytes. */
  logo?: Uint8Array;
  name: string;
  lines: string[];
}

export interface DocumentModel {
  /** Written into the file's metadata (PDF /Title, DOCX core properties). */
  title: string;
  language: 'zh-CN' | 'en-GB' | 'en-US';
  letterhead?: Letterhead;
  /** Text at the top of every page after the first (e.g. the 函号). */
  header?: string;
  /** Footer page label with `{page}` and `{pages}` placeholders, e.g. `第 {page} 页 共 {pages} 页`. */
  pageLabel: string;
  blocks: Block[];
}
