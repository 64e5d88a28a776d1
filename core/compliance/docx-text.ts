import { SaxesParser } from 'saxes';
import { FileError } from '../errors.js';
import { readZip } from '../util/read-zip.js';

/** The parts of a DOCX that hold text a reader sees, in reading order: the body, then headers, footers, notes. */
const TEXT_PART = /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;
const ORDER = ['document', 'header', 'footer', 'footnotes', 'endnotes'];
/** A letter's text parts are small; a bigger archive is refused before anything is inflated. */
export const DOCX_LIMITS = { maxEntries: 2_000, maxBytes: 32 * 1024 * 1024 };

// Tags whose content is not the document's current text: tracked deletions and moves away, field codes, and the
// VML fallback that repeats a text box's words.
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delInstrText', 'mc:Fallback']);

/**
 * The text of a DOCX as its reader sees it: body (with tables and text boxes), then headers, footers, footnotes
 * and endnotes; one line per paragraph, tabs and breaks kept, table cells separated by " | ". Text deleted under
 * tracked changes is left out; inserted text is kept.
 */
export function docxText(zip: Buffer, file: string): string {
  const parts = readZip(zip, file, { only: (name) => TEXT_PART.test(name), ...DOCX_LIMITS });
  if (!parts.has('word/document.xml')) throw new FileError(file, 'not a Word document (it has no main text part)');
  const rank = (name: string) => ORDER.findIndex((p) => name.startsWith(`word/${p}`));
  return [...parts.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => partText(Buffer.from(parts.get(name)!).toString('utf8'), file))
    .filter((text) => text.trim() !== '')
    .join('\n');
}

function partText(xml: string, file: string): string {
  const parser = new SaxesParser();
  let out = '';
  let skipping = 0;
  let inText = false;
  parser.on('opentag', (tag) => {
    if (SKIPPED.has(tag.name)) skipping++;
    else if (skipping > 0) return;
    else if (tag.name === 'w:t') inText = true;
    else if (tag.name === 'w:tab') out += '\t';
    else if (tag.name === 'w:br' || tag.name === 'w:cr') out += '\n';
  });
  parser.on('closetag', (tag) => {
    if (SKIPPED.has(tag.name)) skipping--;
    else if (skipping > 0) return;
    else if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:p') out += '\n';
    else if (tag.name === 'w:tc') out += ' | ';
  });
  parser.on('text', (text) => {
    if (inText && skipping === 0) out += text;
  });
  try {
    parser.write(xml).close();
  } catch {
    throw new FileError(file, 'the text of the document is damaged (not well-formed XML); save it again from Word');
  }
  return out;
}
