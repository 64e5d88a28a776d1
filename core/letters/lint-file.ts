import { existsSync, readFileSync } from 'node:fs';
import { UnreadableFileError } from '../util/read-failure.js';
import { basename, dirname, join } from 'node:path';
import { checkWording } from '../compliance/check-wording.js';
import { docxText } from '../compliance/docx-text.js';
import type { Finding, WordingContext } from '../compliance/types.js';
import { decodeText } from '../batch-import/decode-text.js';
import { encodingName } from '../case/decode-case-json.js';
import { FileError } from '../errors.js';
import { compileTemplate } from '../templates/compile.js';
import type { TemplateLocale } from '../templates/formats.js';
import { LETTER_CONTEXT_SHAPE } from './context-shape.js';

export interface LintResult {
  kind: 'docx' | 'template' | 'text';
  findings: Finding[];
}

/**
 * Lints a DOCX, a letter template or a plain text file. A template is compiled first (a syntax error or an
 * unknown field throws TemplateError with file:line:column), then its own words are checked, so positions
 * point into the template file. The template id (its folder name) tells the guard what kind of document it is.
 */
export function lintFile(file: string): LintResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UnreadableFileError(file, error);
  }
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    return { kind: 'docx', findings: checkWording(docxText(bytes, file)) };
  const text = letterText(file, bytes);
  if (!isTemplate(file, text)) return { kind: 'text', findings: checkWording(text) };
  const language = templateLanguage(file, text);
  compileTemplate(text, { file, language, shape: LETTER_CONTEXT_SHAPE });
  const context: WordingContext = { locale: language, documentKind: basename(dirname(file)) };
  return { kind: 'template', findings: checkWording(text, context) };
}

/**
 * The text of a letter or template file: UTF-8 only, as for a case file. A file saved as GBK, Big5 or UTF-16 is
 * refused with its encoding named (read as UTF-8 it would be mojibake that no rule matches, and pass), and a
 * PDF, image or other binary file is refused as not a letter the guard can read.
 */
function letterText(file: string, bytes: Buffer): string {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') throw new NotTextFileError(file, 'pdf');
  const { text, encoding } = decodeText(bytes);
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  if (!utf16 && (bytes.subarray(0, 8192).includes(0) || BINARY_MAGIC.some((m) => bytes.subarray(0, m.length).equals(m))))
    throw new NotTextFileError(file, 'binary');
  if (encoding !== 'utf-8') throw new TextEncodingError(file, encodingName(encoding));
  return text;
}

/** JPEG, PNG, GIF, TIFF (both byte orders), ZIP-based (not DOCX) and OLE (old .doc/.xls) files. */
const BINARY_MAGIC = [
  [0xff, 0xd8, 0xff],
  [0x89, 0x50, 0x4e, 0x47],
  [0x47, 0x49, 0x46, 0x38],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
  [0xd0, 0xcf, 0x11, 0xe0],
].map((m) => Buffer.from(m));

/** The file to lint is a PDF or another binary file, not a letter's text or a DOCX. */
export class NotTextFileError extends FileError {
  override name = 'NotTextFileError';
  readonly code = 'lint-not-text';
  constructor(
    file: string,
    readonly kind: 'pdf' | 'binary',
  ) {
    super(
      file,
      `${kind === 'pdf' ? 'a PDF' : 'not a text file'}: the wording guard reads a letter as text (.txt, UTF-8), DOCX or a template; save the letter as one of those`,
    );
  }

  get params() {
    return { file: this.file, kind: this.kind };
  }
}

/** The text file to lint is saved in another encoding than UTF-8; `encoding` names it. */
export class TextEncodingError extends FileError {
  override name = 'TextEncodingError';
  readonly code = 'text-encoding';
  constructor(
    file: string,
    readonly encoding: string,
  ) {
    super(file, `saved as ${encoding}, not UTF-8; save it again as UTF-8 and check it again`);
  }

  get params() {
    return { file: this.file, encoding: this.encoding };
  }
}

function isTemplate(file: string, text: string): boolean {
  return /\.(cpt|tpl)$/.test(file) || basename(file) === 'template.txt' || /\{\{|\{%/.test(text);
}

/** The locale in meta.json beside the template, else Chinese if the text has Chinese characters. */
function templateLanguage(file: string, text: string): TemplateLocale {
  const meta = join(dirname(file), 'meta.json');
  if (existsSync(meta)) {
    const locale = (JSON.parse(readFileSync(meta, 'utf8')) as { locale?: string }).locale;
    if (locale === 'zh-CN' || locale === 'en-GB' || locale === 'en-US') return locale;
  }
  return /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-GB';
}
