import type { Block, DocumentModel, TextRun } from '../documents/model.js';

const runs = (list: readonly TextRun[]) => list.map((r) => r.text).join('');

function blockText(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [runs(block.runs)];
    case 'list':
      return block.items.map(runs);
    case 'table':
      return [...block.header, ...block.body].map((row) => row.map((c) => runs(c.runs)).join(' | '));
    case 'signature':
      return block.parties.flatMap((p) => [`${p.label}：${p.name}`, ...p.lines]);
    case 'page-break':
      return [];
  }
}

/** The document's text, one line per paragraph, list item, table row or signature line, as a reader would extract it. */
export function modelText(model: DocumentModel): string {
  const head = [model.letterhead?.name, ...(model.letterhead?.lines ?? []), model.header].filter((t): t is string => Boolean(t));
  return [...head, ...model.blocks.flatMap(blockText)].join('\n');
}
