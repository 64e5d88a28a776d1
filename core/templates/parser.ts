import type { TemplateNode } from './ast.js';
import { TemplateError } from './errors.js';
import { ExpressionParser } from './expression-parser.js';
import { tokenize, type TemplateToken } from './lexer.js';
import { SourceMap } from './source-map.js';

const TAGS = ['if', 'elif', 'else', 'endif', 'for', 'endfor'];

/** Parses a template's source into its statement tree; every syntax error names file:line:column. */
export function parseTemplate(source: string, file: string): { nodes: TemplateNode[]; map: SourceMap } {
  const map = new SourceMap(source);
  const tokens = tokenize(source, file, map);
  let index = 0;

  const tagWord = (token: TemplateToken) => /^\s*([A-Za-z_]*)/.exec(token.content)![1]!;
  const fail = (token: TemplateToken, detail: string): never => {
    throw new TemplateError(file, map.position(token.offset), detail);
  };
  const expressionAfterWord = (token: TemplateToken, word: string) => {
    const start = token.content.indexOf(word) + word.length;
    return new ExpressionParser(token.content.slice(start), token.offset + start, file, map);
  };

  /** Reads nodes until one of `stops` (a tag word) or the end; returns the stop token, if any. */
  function parseBody(stops: readonly string[]): { nodes: TemplateNode[]; stop?: TemplateToken } {
    const nodes: TemplateNode[] = [];
    while (index < tokens.length) {
      const token = tokens[index++]!;
      const at = map.position(token.offset);
      if (token.kind === 'text') nodes.push({ kind: 'text', text: token.content, at });
      else if (token.kind === 'output') {
        if (token.content.trim() === '') fail(token, 'empty "{{ }}": write a field name inside, such as {{ creditor.name }}');
        nodes.push({ kind: 'output', expression: new ExpressionParser(token.content, token.offset, file, map).parseAll(), at });
      } else {
        const word = tagWord(token);
        if (stops.includes(word)) return { nodes, stop: token };
        if (word === 'if') nodes.push(parseIf(token));
        else if (word === 'for') nodes.push(parseFor(token));
        else if (TAGS.includes(word)) fail(token, `"{% ${word} %}" without a matching opening tag`);
        else fail(token, `unknown tag "${word || token.content.trim()}": use if, elif, else, endif, for, endfor`);
      }
    }
    return { nodes };
  }

  function parseIf(open: TemplateToken): TemplateNode {
    const branches = [];
    let test = expressionAfterWord(open, 'if').parseAll();
    for (;;) {
      const { nodes, stop } = parseBody(['elif', 'else', 'endif']);
      branches.push({ test, body: nodes });
      if (!stop) return fail(open, '"{% if %}" is never closed: add {% endif %}');
      const word = tagWord(stop);
      if (word === 'elif') {
        test = expressionAfterWord(stop, 'elif').parseAll();
        continue;
      }
      let otherwise: TemplateNode[] = [];
      if (word === 'else') {
        expectBare(stop, 'else');
        const rest = parseBody(['endif']);
        if (!rest.stop) fail(open, '"{% if %}" is never closed: add {% endif %}');
        otherwise = rest.nodes;
        expectBare(rest.stop!, 'endif');
      } else expectBare(stop, 'endif');
      return { kind: 'if', branches, otherwise, at: map.position(open.offset) };
    }
  }

  function parseFor(open: TemplateToken): TemplateNode {
    const parser = expressionAfterWord(open, 'for');
    const variable = parser.parseName('a loop variable name');
    if (variable === 'loop') fail(open, '"loop" is reserved for the loop counter: name the variable otherwise');
    parser.expectWord('in');
    const list = parser.parseExpression();
    parser.expectEnd();
    const { nodes, stop } = parseBody(['else', 'endfor']);
    if (!stop) return fail(open, '"{% for %}" is never closed: add {% endfor %}');
    let otherwise: TemplateNode[] = [];
    if (tagWord(stop) === 'else') {
      expectBare(stop, 'else');
      const rest = parseBody(['endfor']);
      if (!rest.stop) fail(open, '"{% for %}" is never closed: add {% endfor %}');
      otherwise = rest.nodes;
      expectBare(rest.stop!, 'endfor');
    } else expectBare(stop, 'endfor');
    return { kind: 'for', variable, list, body: nodes, otherwise, at: map.position(open.offset) };
  }

  function expectBare(token: TemplateToken, word: string): void {
    if (token.content.trim() !== word) fail(token, `"{% ${word} %}" takes nothing after it`);
  }

  const { nodes, stop } = parseBody([]);
  if (stop) fail(stop, 'unexpected tag');
  return { nodes, map };
}
