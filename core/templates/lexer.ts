import { TemplateError } from './errors.js';
import { SourceMap } from './source-map.js';

/** A piece of template source: literal text, a `{{ output }}`, or a `{% tag %}`; `offset` is where its content starts. */
export interface TemplateToken {
  kind: 'text' | 'output' | 'tag';
  content: string;
  offset: number;
}

const OPENERS = { '{{': '}}', '{%': '%}', '{#': '#}' } as const;

/**
 * Splits a template into tokens. A `{% tag %}` or `{# comment #}` that stands alone on its line takes the
 * whole line with it, so that loops around table rows and list items leave no blank lines behind.
 */
export function tokenize(source: string, file: string, map = new SourceMap(source)): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let textStart = 0;
  let cursor = 0;
  for (;;) {
    const open = source.indexOf('{', cursor);
    if (open < 0) break;
    const opener = source.slice(open, open + 2);
    if (!(opener in OPENERS)) {
      cursor = open + 1;
      continue;
    }
    const closer = OPENERS[opener as keyof typeof OPENERS];
    const close = source.indexOf(closer, open + 2);
    if (close < 0) throw new TemplateError(file, map.position(open), `"${opener}" is never closed: add "${closer}"`);
    let textEnd = open;
    let next = close + 2;
    if (opener !== '{{') {
      const lineStart = source.lastIndexOf('\n', open - 1) + 1;
      const lineEnd = source.indexOf('\n', next);
      const after = source.slice(next, lineEnd < 0 ? source.length : lineEnd);
      if (lineStart >= textStart && /^[ \t]*$/.test(source.slice(lineStart, open)) && /^[ \t\r]*$/.test(after)) {
        textEnd = lineStart;
        next = lineEnd < 0 ? source.length : lineEnd + 1;
      }
    }
    if (textEnd > textStart) tokens.push({ kind: 'text', content: source.slice(textStart, textEnd), offset: textStart });
    if (opener !== '{#')
      tokens.push({ kind: opener === '{{' ? 'output' : 'tag', content: source.slice(open + 2, close), offset: open + 2 });
    textStart = cursor = next;
  }
  if (textStart < source.length) tokens.push({ kind: 'text', content: source.slice(textStart), offset: textStart });
  return tokens;
}
