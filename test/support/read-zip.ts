import { readZip as readZipFiles } from '../../core/util/read-zip.js';

/** The files of a DOCX the renderer wrote. */
export function readZip(bytes: Uint8Array): Map<string, Buffer> {
  return new Map([...readZipFiles(bytes, 'DOCX')].map(([name, data]) => [name, Buffer.from(data)]));
}

/** The text of a WordprocessingML part, paragraph by paragraph (runs joined, XML entities decoded). */
export function paragraphTexts(xml: string): string[] {
  return Array.from(xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g), ([paragraph]) =>
    Array.from(paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g), ([tag, text]) =>
      tag.startsWith('<w:br') ? '\n' : decode(text!),
    ).join(''),
  );
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
