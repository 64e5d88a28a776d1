import type { DocumentModel } from '../documents/model.js';
import type { TemplateNode } from './ast.js';
import { checkTemplate } from './check-fields.js';
import { TemplateError } from './errors.js';
import type { TemplateLocale } from './formats.js';
import { parseMarkup } from './markup.js';
import { parseTemplate } from './parser.js';
import { renderText } from './render-text.js';
import type { Shape } from './shape.js';
import type { TemplateValue } from './values.js';

export interface CompileOptions {
  /** Named in every error message. */
  file: string;
  language: TemplateLocale;
  /** The data the template may read; without it, unknown fields are found only when rendering. */
  shape?: Shape;
  /** Used when the template sets no `@title` and has no `# ` heading. */
  title?: string;
}

/** A template parsed and checked once, rendered many times. */
export interface CompiledTemplate {
  readonly file: string;
  readonly language: TemplateLocale;
  /** The document for one set of data. `currency` defaults to `data.currency`. */
  render(data: Readonly<Record<string, TemplateValue>>, options?: { currency?: string }): DocumentModel;
}

const PAGE_LABELS: Record<TemplateLocale, string> = {
  'zh-CN': '第 {page} 页 共 {pages} 页',
  'en-GB': 'Page {page} of {pages}',
  'en-US': 'Page {page} of {pages}',
};

/** Parses a template and checks its fields, filters and block markers; throws TemplateError with file:line:column. */
export function compileTemplate(source: string, options: CompileOptions): CompiledTemplate {
  const { file, language } = options;
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  checkBlockMarkers(text, file);
  const { nodes } = parseTemplate(text, file);
  checkTemplate(nodes, options.shape, file);
  return {
    file,
    language,
    render: (data, renderOptions = {}) => render(nodes, data, options, renderOptions.currency),
  };
}

function render(
  nodes: readonly TemplateNode[],
  data: Readonly<Record<string, TemplateValue>>,
  options: CompileOptions,
  currency?: string,
): DocumentModel {
  const env = { locale: options.language, currency: currency ?? (typeof data.currency === 'string' ? data.currency : 'CNY') };
  const rendered = renderText(nodes, data, env, options.file);
  const { blocks, directives } = parseMarkup(rendered.text, rendered.origins, options.file, options.language);
  const firstHeading = blocks.find((b) => b.type === 'heading' && b.level === 1);
  const headingText = firstHeading?.type === 'heading' ? firstHeading.runs.map((r) => r.text).join('') : undefined;
  const model: DocumentModel = {
    title: directives.title ?? headingText ?? options.title ?? '',
    language: options.language,
    pageLabel: directives.pageLabel ?? PAGE_LABELS[options.language],
    blocks,
  };
  if (directives.header) model.header = directives.header;
  return model;
}

const FENCE_KINDS = new Set(['', 'right', 'center', 'left', 'signature']);
const DIRECTIVE_NAMES = new Set(['title', 'header', 'page-label']);

/** Block markers are plain text in the template, so they are checked here, even inside a branch not taken. */
function checkBlockMarkers(text: string, file: string): void {
  text.split('\n').forEach((line, index) => {
    const fence = /^:::\s*(\S*)/.exec(line);
    if (fence && !FENCE_KINDS.has(fence[1]!))
      throw new TemplateError(
        file,
        { line: index + 1, column: line.indexOf(fence[1]!) + 1 },
        `unknown block "::: ${fence[1]}" (known: ::: right, ::: center, ::: left, ::: signature)`,
      );
    const directive = /^@([a-z-]+)\s/.exec(line);
    if (directive && !DIRECTIVE_NAMES.has(directive[1]!))
      throw new TemplateError(
        file,
        { line: index + 1, column: 1 },
        `unknown setting "@${directive[1]}" (known: @title, @header, @page-label)`,
      );
  });
}
