import type { Block, DocumentModel } from '../model.js';
import type { Script } from './fonts.js';
import { layoutLetterhead } from './layout-letterhead.js';
import { addPageFurniture } from './layout-page-furniture.js';
import { layoutSignature } from './layout-signature.js';
import { layoutTable } from './layout-table.js';
import { layoutHeading, layoutList, layoutParagraph, type TextContext } from './layout-text-blocks.js';
import type { DocumentLayout } from './layout-types.js';
import { PageFlow } from './page-flow.js';
import { PAGE, styleFor } from './pdf-style.js';

/** The script whose typographic conventions the document follows (punctuation widths, 禁则). */
export const scriptOf = (model: Pick<DocumentModel, 'language'>): Script => (model.language === 'zh-CN' ? 'cjk' : 'latin');

/**
 * Typesets a document model into pages of placed lines, rules, boxes and images: everything the PDF
 * renderer draws, in PDF points. Pure apart from reading the bundled fonts once per process.
 */
export function layoutDocument(model: DocumentModel): DocumentLayout {
  const style = styleFor(model);
  const script = scriptOf(model);
  const flow = new PageFlow();
  if (model.letterhead) layoutLetterhead(flow, model.letterhead, style, script);
  const context: TextContext = { flow, style, script };
  for (const block of model.blocks) layoutBlock(context, block);
  addPageFurniture(flow.pages, model, style, script);
  return { width: PAGE.width, height: PAGE.height, pages: flow.pages };
}

function layoutBlock(context: TextContext, block: Block): void {
  switch (block.type) {
    case 'heading':
      return layoutHeading(context, block);
    case 'paragraph':
      return layoutParagraph(context, block);
    case 'list':
      return layoutList(context, block);
    case 'table':
      return layoutTable(context, block);
    case 'signature':
      return layoutSignature(context, block);
    case 'page-break':
      if (!context.flow.isFresh) context.flow.newPage();
      return;
  }
}
