import { AlignmentType, Document, LevelFormat, type FileChild, type INumberingOptions } from 'docx';
import type { DocumentModel } from '../model.js';
import { keepBody, LIST_REFERENCE, wordBody } from './docx-body.js';
import { continuationHeader, letterheadHeader, pageLabelFooter, pageProperties } from './docx-page.js';
import { docxMeasures, docxStyles, twips, type DocxMeasures } from './docx-styles.js';
import './linear-attributes.js';
import { packDocx } from './pack-docx.js';
import { reuseStaticParts } from './static-parts.js';

/**
 * Renders a document model to a Word document (DOCX bytes): real Title and Heading styles, a Body Text
 * style a user can change, tables whose header rows repeat, PAGE / NUMPAGES fields in the footer, the
 * letterhead in the first page's header.
 *
 * @example
 * const bytes = await renderDocx(model);
 * await writeFile('demand-letter.docx', bytes);
 */
export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  return Promise.resolve(packDocx(reuseStaticParts(wordDocument(model), model.language)));
}

/**
 * The document model as a docx `Document`, before it is packed: docx writes the package (styles, numbering,
 * headers and footers, relationships); the body is written by `wordBody` (docx-body.ts) and put in by `packDocx`.
 */
export function wordDocument(model: DocumentModel): Document {
  const body = wordBody(model.blocks, docxMeasures(model));
  return keepBody(documentWith(model, [body.standIn]), body);
}

/** The docx `Document` of the model around these body children (docx-body.test.ts gives it docx's own paragraphs). */
export function documentWith(model: DocumentModel, children: FileChild[]): Document {
  const measures = docxMeasures(model);
  const footer = pageLabelFooter(model.pageLabel);
  return new Document({
    title: model.title,
    creator: model.letterhead?.name ?? 'CasePack',
    lastModifiedBy: 'CasePack',
    styles: docxStyles(model),
    numbering: listNumbering(measures),
    sections: [
      {
        properties: pageProperties(),
        headers: { first: letterheadHeader(model.letterhead, model.language === 'zh-CN'), default: continuationHeader(model) },
        footers: { first: footer, default: footer },
        children,
      },
    ],
  });
}

/** Hanging lists: the number or bullet at the marker indent, wrapped lines aligned with the text. */
function listNumbering({ bodySize, listMarkerIndent }: DocxMeasures): INumberingOptions {
  const hang = twips(bodySize * 1.5);
  const left = twips(bodySize * listMarkerIndent) + hang;
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level: 0,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left, hanging: hang, firstLine: 0 } } },
  });
  return {
    config: [
      { reference: LIST_REFERENCE.ordered, levels: [level(LevelFormat.DECIMAL, '%1.')] },
      { reference: LIST_REFERENCE.bullet, levels: [level(LevelFormat.BULLET, '•')] },
    ],
  };
}
