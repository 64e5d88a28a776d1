import { FileChild, type Document, type IContext, type IXmlableObject } from 'docx';
import { TableShapeError } from '../errors.js';
import type { Align, Block, SignatureBlock, Table as ModelTable, TextRun as ModelRun } from '../model.js';
import { STYLE, twips, type DocxMeasures } from './docx-styles.js';

/** Text width of an A4 page with the GB/T 9704 margins (210 − 28 − 26 mm), in twips. */
export const TEXT_WIDTH_TWIPS = Math.round(((210 - 28 - 26) * 1440) / 25.4);

export const LIST_REFERENCE = { ordered: 'casepack-ordered', bullet: 'casepack-bullet' } as const;

const JC: Record<Align, string> = { justify: 'both', left: 'left', center: 'center', right: 'right' };
const HEADING_STYLE = { 1: 'Title', 2: 'Heading1', 3: 'Heading2' } as const;

/** The element docx writes in place of the body: a name no Word part uses. */
const BODY_ELEMENT = 'casepack:body';

const bodies = new WeakMap<Document, WordBody>();

/** XML's five entities; the control characters XML 1.0 cannot hold are dropped (as docx does). */
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex
const escape = (text: string) => text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

/** A run's properties as Word writes them: bold and italic for both Latin and complex scripts. */
function runProperties(run: { bold?: boolean; italic?: boolean; underline?: boolean }): string {
  let xml = '';
  if (run.bold !== undefined) xml += run.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  if (run.italic !== undefined) xml += run.italic ? '<w:i/><w:iCs/>' : '<w:i w:val="false"/><w:iCs w:val="false"/>';
  if (run.underline) xml += '<w:u w:val="single"/>';
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

/** Model runs as Word runs; a line feed inside a run becomes a line break. */
function runsXml(runs: readonly ModelRun[]): string {
  let xml = '';
  for (const run of runs) {
    const properties = runProperties(run);
    run.text.split('\n').forEach((text, i) => {
      xml += `<w:r>${properties}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
    });
  }
  return xml;
}

function paragraphXml(properties: string, content: string): string {
  const pPr = properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`;
  return pPr === '' && content === '' ? '<w:p/>' : `<w:p>${pPr}${content}</w:p>`;
}

const style = (id: string) => `<w:pStyle w:val="${id}"/>`;

/** Counts lists, so that each list numbers from 1, and keeps their numbering references in order. */
interface BodyState {
  measures: DocxMeasures;
  lists: WordBody['lists'];
}

function blockXml(block: Block, state: BodyState): string {
  const { measures } = state;
  switch (block.type) {
    case 'heading':
      return paragraphXml(style(HEADING_STYLE[block.level]), runsXml(block.runs));
    case 'paragraph': {
      // Body paragraphs take the Body Text style; only what differs from it is set on the paragraph.
      const align = block.align ?? 'justify';
      const indent = block.indent ?? 0;
      const ind = indent === measures.bodyIndent ? '' : `<w:ind w:firstLine="${twips(indent * measures.bodySize)}"/>`;
      const jc = align === 'justify' ? '' : `<w:jc w:val="${JC[align]}"/>`;
      return paragraphXml(style(STYLE.body) + ind + jc, runsXml(block.runs));
    }
    case 'list': {
      const reference = block.ordered ? LIST_REFERENCE.ordered : LIST_REFERENCE.bullet;
      const instance = state.lists.length + 1;
      state.lists.push({ reference, instance });
      const numPr = `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{${reference}-${instance}}"/></w:numPr>`;
      return block.items.map((item) => paragraphXml(style(STYLE.body) + numPr, runsXml(item))).join('');
    }
    case 'table':
      return tableXml(block);
    case 'signature':
      return paragraphXml(style(STYLE.signature), '') + signatureXml(block, measures.signRight);
    case 'page-break':
      return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  }
}

const borders = (value: string, size: number) =>
  `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="${value}" w:color="auto" w:sz="${size}"/>`)
    .join('')}</w:tblBorders>`;
const TABLE_BORDERS = borders('single', 4);
const NO_BORDERS = borders('none', 0);
const cellMargin = (side: string, points: number) => `<w:${side} w:type="dxa" w:w="${twips(points)}"/>`;
const TABLE_MARGINS = `<w:tblCellMar>${cellMargin('top', 3.5)}${cellMargin('left', 5)}${cellMargin('bottom', 3.5)}${cellMargin('right', 5)}</w:tblCellMar>`;
const tableWidth = `<w:tblW w:type="dxa" w:w="${TEXT_WIDTH_TWIPS}"/>`;
const grid = (widths: readonly number[]) => `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
const cellWidth = (width: number) => `<w:tcW w:type="dxa" w:w="${width}"/>`;

/** A bordered, fixed-layout table; header rows repeat on every page (`w:tblHeader`). */
function tableXml(block: ModelTable): string {
  const total = block.widths.reduce((sum, width) => sum + width, 0);
  const columnWidths = block.widths.map((width) => Math.round((width / total) * TEXT_WIDTH_TWIPS));
  const row = (cells: ModelTable['body'][number], header: boolean, where: string) => {
    if (cells.length !== columnWidths.length) throw new TableShapeError(where, cells.length, columnWidths.length);
    const tcs = cells.map((cell, i) => {
      const shading = header ? '<w:shd w:fill="EBEBEB" w:color="auto" w:val="clear"/>' : '';
      const align = JC[cell.align ?? (header ? 'center' : 'left')];
      const runs = runsXml(header ? cell.runs.map((run) => ({ ...run, bold: true })) : cell.runs);
      const paragraph = paragraphXml(`${style(STYLE.cell)}<w:jc w:val="${align}"/>`, runs);
      return `<w:tc><w:tcPr>${cellWidth(columnWidths[i]!)}${shading}</w:tcPr>${paragraph}</w:tc>`;
    });
    return `<w:tr><w:trPr>${header ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>'}</w:trPr>${tcs.join('')}</w:tr>`;
  };
  const rows = [
    ...block.header.map((cells, r) => row(cells, true, `header row ${r + 1}`)),
    ...block.body.map((cells, r) => row(cells, false, `body row ${r + 1}`)),
  ];
  return `<w:tbl><w:tblPr>${tableWidth}${TABLE_BORDERS}<w:tblLayout w:type="fixed"/>${TABLE_MARGINS}</w:tblPr>${grid(columnWidths)}${rows.join('')}</w:tbl>`;
}

/**
 * Parties side by side in a borderless table, two to a row; a single party signs in the right half of a
 * Chinese letter (`rightAlone`), at the left of an English one. The lines to fill in end in an underlined
 * tab that runs to the cell's edge, a blank Word keeps when edited.
 */
function signatureXml(block: SignatureBlock, rightAlone: boolean): string {
  const single = block.parties.length === 1;
  const columnWidth = Math.round(TEXT_WIDTH_TWIPS / 2);
  const tabAt = columnWidth - twips(12);
  const signatureStyle = style(STYLE.signature);
  const partyCell = (party: SignatureBlock['parties'][number]) =>
    `<w:tc><w:tcPr>${cellWidth(columnWidth)}</w:tcPr>` +
    paragraphXml(signatureStyle, runsXml([{ text: party.label, bold: true }])) +
    (party.name ? paragraphXml(signatureStyle, runsXml([{ text: party.name }])) : '') +
    party.lines
      .map((text) =>
        paragraphXml(
          `${signatureStyle}<w:tabs><w:tab w:val="left" w:pos="${tabAt}"/></w:tabs><w:spacing w:before="${twips(8)}"/>`,
          `${runsXml([{ text }])}<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:tab/></w:r>`,
        ),
      )
      .join('') +
    '</w:tc>';
  const emptyCell = `<w:tc><w:tcPr>${cellWidth(columnWidth)}</w:tcPr><w:p/></w:tc>`;
  let rows = '';
  for (let i = 0; i < block.parties.length; i += 2) {
    const pair = block.parties.slice(i, i + 2);
    const cells =
      single && rightAlone ? [emptyCell, partyCell(pair[0]!)] : [...pair.map(partyCell), ...(pair.length < 2 ? [emptyCell] : [])];
    rows += `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
  }
  return `<w:tbl><w:tblPr>${tableWidth}${NO_BORDERS}</w:tblPr>${grid([columnWidth, columnWidth])}${rows}</w:tbl>`;
}

/**
 * The body's place in docx's document: docx writes a one-element stand-in there, and numbers the body's
 * lists (numbering.xml) in their order, as it does for its own list paragraphs.
 */
class BodyStandIn extends FileChild {
  constructor(private readonly lists: WordBody['lists']) {
    super(BODY_ELEMENT);
  }

  override prepForXml(context: IContext): IXmlableObject {
    for (const { reference, instance } of this.lists) context.file.Numbering.createConcreteNumberingInstance(reference, instance);
    return { [BODY_ELEMENT]: {} };
  }
}

/** The body written, and the stand-in to give docx as the section's only child. */
export interface WordBody {
  standIn: FileChild;
  xml: string;
  lists: { reference: string; instance: number }[];
}

/**
 * The model's blocks as WordprocessingML, written as text: docx builds, walks and writes an object for
 * every paragraph, run and property, half the time of a letter's DOCX. The XML is what docx writes for the
 * same paragraphs and tables, byte for byte (docx-body.test.ts compares the two over every kind of block);
 * it goes into the document in place of the stand-in (`keepBody`, then `spliceBody` on the written XML).
 */
export function wordBody(blocks: readonly Block[], measures: DocxMeasures): WordBody {
  const state: BodyState = { measures, lists: [] };
  const xml = blocks.map((block) => blockXml(block, state)).join('');
  return { standIn: new BodyStandIn(state.lists), xml, lists: state.lists };
}

/** Remembers the body of a document built with its stand-in, for `spliceBody`. */
export function keepBody(document: Document, body: WordBody): Document {
  bodies.set(document, body);
  return document;
}

/** docx's list key: `{reference-instance}` is the placeholder of a list's numId. */
const listKey = (reference: string, instance: number, restartedListId?: unknown) =>
  restartedListId === undefined ? `${reference}-${instance}` : `${reference}-restart ${String(restartedListId)}`;

/**
 * docx's document.xml with the body written in place of its stand-in, each list's numId filled in as docx
 * fills in the placeholders of its own list paragraphs.
 */
export function spliceBody(document: Document, written: string): string {
  const body = bodies.get(document);
  if (!body) return written;
  const numIds = new Map(
    document.Numbering.ConcreteNumbering.map(({ reference, instance, restartedListId, numId }) => [
      listKey(reference, instance, restartedListId),
      String(numId),
    ]),
  );
  const xml =
    numIds.size === 0
      ? body.xml
      : body.xml.replace(/\{([^{}]+)\}/g, (placeholder, key: string) => numIds.get(key) ?? placeholder);
  return written.replace(`<${BODY_ELEMENT}/>`, () => xml);
}
