import { FileError } from '../errors.js';
import { readZip } from '../util/read-zip.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of a DOCX body: one line per paragraph, tabs and breaks kept, table cells separated by " | ". */
export function docxText(zip: Buffer, file: string): string {
  const xml = readZip(zip, file).get('word/document.xml');
  if (!xml) throw new FileError(file, 'not a Word document (no word/document.xml inside)');
  return Buffer.from(xml)
    .toString('utf8')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br[^>]*\/>/g, '\n')
    .replace(/<\/w:tc>/g, ' | ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/&#(x?)([0-9a-fA-F]+);/g, (_, hex: string, n: string) => String.fromCodePoint(parseInt(n, hex ? 16 : 10)));
}
