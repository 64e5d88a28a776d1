import type { DocumentModel, TextRun } from '../../core/documents/model.js';
import { mm, PAGE } from '../../core/documents/pdf/pdf-style.js';
import { toolOutput } from './system-tools.js';

const runsText = (runs: readonly TextRun[]) => runs.map((r) => r.text).join('');

/**
 * The letter's text in reading order as both renderers lay it out: headings, paragraphs, list items with
 * their number or bullet, table cells row by row, each signature party's label, name and lines.
 */
export function readingText(model: DocumentModel): string {
  const out: string[] = [];
  for (const block of model.blocks) {
    if (block.type === 'heading' || block.type === 'paragraph') out.push(runsText(block.runs));
    else if (block.type === 'list')
      block.items.forEach((item, i) => out.push(`${block.ordered ? `${i + 1}.` : '•'} ${runsText(item)}`));
    else if (block.type === 'table')
      for (const row of [...block.header, ...block.body]) out.push(...row.map((c) => runsText(c.runs)));
    else if (block.type === 'signature') for (const party of block.parties) out.push(party.label, party.name, ...party.lines);
  }
  return out.join('\n');
}

/**
 * Text reduced to what every reader agrees on: no whitespace (line breaks and justification differ by
 * reader), no byte-order mark, no underscores (a blank to fill in is a rule in the PDF, a tab in Word).
 */
export function comparable(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/[\s_]+/g, '');
}

/**
 * What pdftotext reads inside the text area of each page (no page label, no running header), in
 * `comparable` form, with a table's header row dropped where the PDF repeats it at the top of a page.
 */
export function pdfBodyText(file: string, model: DocumentModel): string {
  const top = mm(30);
  const bottom = PAGE.height - mm(30);
  const pages = toolOutput('pdftotext', [
    '-raw',
    '-x',
    '0',
    '-y',
    String(Math.round(top)),
    '-W',
    String(Math.round(PAGE.width)),
    '-H',
    String(Math.round(bottom - top)),
    file,
    '-',
  ]).split('\f');
  const expected = comparable(readingText(model));
  const headers = model.blocks.flatMap((b) =>
    b.type === 'table'
      ? [
          comparable(
            b.header
              .flat()
              .map((c) => runsText(c.runs))
              .join(''),
          ),
        ]
      : [],
  );
  let text = '';
  pages.forEach((page, i) => {
    let body = comparable(page);
    if (i > 0) {
      const repeated = headers.find((h) => h && body.startsWith(h) && !expected.startsWith(h, text.length));
      if (repeated) body = body.slice(repeated.length);
    }
    text += body;
  });
  return text;
}
