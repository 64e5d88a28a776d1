import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkWording } from '../compliance/check-wording.js';
import { docxText } from '../compliance/docx-text.js';
import type { Finding, WordingContext } from '../compliance/types.js';
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
    throw new FileError(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    return { kind: 'docx', findings: checkWording(docxText(bytes, file)) };
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!isTemplate(file, text)) return { kind: 'text', findings: checkWording(text) };
  const language = templateLanguage(file, text);
  compileTemplate(text, { file, language, shape: LETTER_CONTEXT_SHAPE });
  const context: WordingContext = { locale: language, documentKind: basename(dirname(file)) };
  return { kind: 'template', findings: checkWording(text, context) };
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
