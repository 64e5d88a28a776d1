import { TemplateError } from './errors.js';
import type { SourceMap } from './source-map.js';

export interface ExprToken {
  kind: 'name' | 'number' | 'string' | 'op' | 'end';
  text: string;
  /** The string's value (without quotes, escapes resolved), or the name/operator itself. */
  value: string;
  offset: number;
}

const OPERATORS = ['==', '!=', '<=', '>=', '<', '>', '|', '(', ')', ',', '.', '[', ']'];
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /-?\d+(?:\.\d+)?/y;

/** Splits the inside of `{{ … }}` or `{% … %}` (starting at `offset` in the file) into tokens. */
export function lexExpression(content: string, offset: number, file: string, map: SourceMap): ExprToken[] {
  const tokens: ExprToken[] = [];
  let i = 0;
  while (i < content.length) {
    const ch = content[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const at = offset + i;
    if (ch === '"' || ch === "'" || ch === '“' || ch === '「') {
      const close = ch === '“' ? '”' : ch === '「' ? '」' : ch;
      let value = '';
      let j = i + 1;
      for (; j < content.length && content[j] !== close; j++) {
        if (content[j] === '\\' && j + 1 < content.length) j++;
        value += content[j];
      }
      if (j >= content.length)
        throw new TemplateError(file, map.position(at), `the text starting here is not closed: add ${close}`);
      tokens.push({ kind: 'string', text: content.slice(i, j + 1), value, offset: at });
      i = j + 1;
      continue;
    }
    const match = matchAt(NUMBER, content, i) ?? matchAt(NAME, content, i);
    if (match) {
      tokens.push({ kind: /^[-\d]/.test(match) ? 'number' : 'name', text: match, value: match, offset: at });
      i += match.length;
      continue;
    }
    const op = OPERATORS.find((o) => content.startsWith(o, i));
    if (!op) throw new TemplateError(file, map.position(at), `unexpected character "${ch}" in an expression`);
    tokens.push({ kind: 'op', text: op, value: op, offset: at });
    i += op.length;
  }
  tokens.push({ kind: 'end', text: '', value: '', offset: offset + content.length });
  return tokens;
}

function matchAt(pattern: RegExp, text: string, index: number): string | undefined {
  pattern.lastIndex = index;
  return pattern.exec(text)?.[0];
}
