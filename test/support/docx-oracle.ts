/**
 * docx's own paragraphs and tables for a document model: how CasePack built a letter's body before
 * docx-body.ts wrote it as text. The tests compare the two, byte for byte, and compare packDocx with docx's
 * Packer on the document this builds.
 */
import {
  AlignmentType,
  type Document,
  BorderStyle,
  HeadingLevel,
  PageBreak,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { TableShapeError } from '../../core/documents/errors.js';
import type {
  Align,
  Block,
  DocumentModel,
  Heading,
  List,
  Paragraph as ModelParagraph,
  SignatureBlock,
  Table as ModelTable,
  TextRun as ModelRun,
} from '../../core/documents/model.js';
import { docxMeasures, STYLE, twips, type DocxMeasures } from '../../core/documents/docx/docx-styles.js';
import { documentWith } from '../../core/documents/docx/render-docx.js';
import { TEXT_WIDTH_TWIPS, LIST_REFERENCE } from '../../core/documents/docx/docx-body.js';

/** The model's document with its body built by docx, paragraph by paragraph. */
export function docxWordDocument(model: DocumentModel): Document {
  const context: BlockContext = { measures: docxMeasures(model), listCount: 0 };
  return documentWith(
    model,
    model.blocks.flatMap((block) => wordBlocks(block, context)),
  );
}

const ALIGN = {
  justify: AlignmentType.BOTH,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** Model runs as Word runs; a line feed inside a run becomes a line break. */
function wordRuns(runs: readonly ModelRun[]): TextRun[] {
  return runs.flatMap((run) =>
    run.text.split('\n').map(
      (text, i) =>
        new TextRun({
          text,
          bold: run.bold,
          italics: run.italic,
          underline: run.underline ? {} : undefined,
          break: i > 0 ? 1 : undefined,
        }),
    ),
  );
}

interface BlockContext {
  measures: DocxMeasures;
  /** Counts lists, so that each list numbers from 1. */
  listCount: number;
}

function wordBlocks(block: Block, context: BlockContext): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [heading(block)];
    case 'paragraph':
      return [paragraph(block, context.measures)];
    case 'list':
      return list(block, context);
    case 'table':
      return [table(block)];
    case 'signature':
      return [new Paragraph({ style: STYLE.signature }), signature(block, context.measures.signRight)];
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

const HEADING_LEVEL = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

function heading(block: Heading): Paragraph {
  return new Paragraph({ heading: HEADING_LEVEL[block.level], children: wordRuns(block.runs) });
}

/** Body paragraphs take the Body Text style; only what differs from it is set on the paragraph. */
function paragraph(block: ModelParagraph, measures: DocxMeasures): Paragraph {
  const align: Align = block.align ?? 'justify';
  const indent = block.indent ?? 0;
  return new Paragraph({
    style: STYLE.body,
    alignment: align === 'justify' ? undefined : ALIGN[align],
    indent: indent === measures.bodyIndent ? undefined : { firstLine: twips(indent * measures.bodySize) },
    children: wordRuns(block.runs),
  });
}

function list(block: List, context: BlockContext): Paragraph[] {
  context.listCount += 1;
  const reference = block.ordered ? LIST_REFERENCE.ordered : LIST_REFERENCE.bullet;
  return block.items.map(
    (item) =>
      new Paragraph({
        style: STYLE.body,
        numbering: { reference, level: 0, instance: context.listCount },
        children: wordRuns(item),
      }),
  );
}

/** A bordered, fixed-layout table; header rows repeat on every page (`w:tblHeader`). */
function table(block: ModelTable): Table {
  const total = block.widths.reduce((sum, width) => sum + width, 0);
  const columnWidths = block.widths.map((width) => Math.round((width / total) * TEXT_WIDTH_TWIPS));
  const row = (cells: ModelTable['body'][number], header: boolean, where: string) => {
    if (cells.length !== columnWidths.length) throw new TableShapeError(where, cells.length, columnWidths.length);
    return new TableRow({
      tableHeader: header,
      children: cells.map(
        (cell, i) =>
          new TableCell({
            width: { size: columnWidths[i]!, type: WidthType.DXA },
            shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EBEBEB' } : undefined,
            children: [
              new Paragraph({
                style: STYLE.cell,
                alignment: ALIGN[cell.align ?? (header ? 'center' : 'left')],
                children: wordRuns(header ? cell.runs.map((run) => ({ ...run, bold: true })) : cell.runs),
              }),
            ],
          }),
      ),
    });
  };
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    margins: { left: twips(5), right: twips(5), top: twips(3.5), bottom: twips(3.5) },
    rows: [
      ...block.header.map((cells, r) => row(cells, true, `header row ${r + 1}`)),
      ...block.body.map((cells, r) => row(cells, false, `body row ${r + 1}`)),
    ],
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/**
 * Parties side by side in a borderless table, two to a row; a single party signs in the right half of a
 * Chinese letter (`rightAlone`), at the left of an English one. The
 * lines to fill in end in an underlined tab that runs to the cell's edge, a blank Word keeps when edited.
 */
function signature(block: SignatureBlock, rightAlone: boolean): Table {
  const single = block.parties.length === 1;
  const columnWidth = Math.round(TEXT_WIDTH_TWIPS / 2);
  const partyCell = (party: SignatureBlock['parties'][number]) =>
    new TableCell({
      width: { size: columnWidth, type: WidthType.DXA },
      children: [
        new Paragraph({ style: STYLE.signature, children: [new TextRun({ text: party.label, bold: true })] }),
        ...(party.name ? [new Paragraph({ style: STYLE.signature, children: [new TextRun(party.name)] })] : []),
        ...party.lines.map((text) => fillInLine(text, columnWidth - twips(12))),
      ],
    });
  const emptyCell = () => new TableCell({ width: { size: columnWidth, type: WidthType.DXA }, children: [new Paragraph({})] });
  const rows: TableRow[] = [];
  for (let i = 0; i < block.parties.length; i += 2) {
    const pair = block.parties.slice(i, i + 2);
    const cells =
      single && rightAlone
        ? [emptyCell(), partyCell(pair[0]!)]
        : [...pair.map(partyCell), ...(pair.length < 2 ? [emptyCell()] : [])];
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [columnWidth, columnWidth],
    borders: NO_BORDERS,
    rows,
  });
}

function fillInLine(text: string, width: number): Paragraph {
  const children: ParagraphChild[] = [new TextRun(text), new TextRun({ children: [new Tab()], underline: {} })];
  return new Paragraph({
    style: STYLE.signature,
    tabStops: [{ type: TabStopType.LEFT, position: width }],
    spacing: { before: twips(8) },
    children,
  });
}
