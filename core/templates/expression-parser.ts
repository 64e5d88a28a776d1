import type { CompareOperator, Expression } from './ast.js';
import { TemplateError } from './errors.js';
import { lexExpression, type ExprToken } from './expression-lexer.js';
import type { SourceMap } from './source-map.js';

const COMPARE: readonly string[] = ['==', '!=', '<', '<=', '>', '>=', 'in'];
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false', 'none', 'null']);
/** Names that reach into JavaScript objects rather than data: refused so a template can never touch them. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype', '__defineGetter__', '__lookupGetter__']);

/**
 * Parses an expression: `a.b[0] | filter("x") == 1 and not c`. Precedence from loosest: or, and, not,
 * comparison, filter pipe, primary.
 */
export class ExpressionParser {
  private tokens: ExprToken[];
  private index = 0;

  constructor(
    content: string,
    offset: number,
    private readonly file: string,
    private readonly map: SourceMap,
  ) {
    this.tokens = lexExpression(content, offset, file, map);
  }

  /** The whole content must be one expression. */
  parseAll(): Expression {
    const expression = this.parseExpression();
    this.expectEnd();
    return expression;
  }

  parseExpression(): Expression {
    return this.parseOr();
  }

  /** A plain name, for `for x in …`. */
  parseName(what: string): string {
    const token = this.next();
    if (token.kind !== 'name' || KEYWORDS.has(token.value)) this.fail(token, `expected ${what}, found ${describe(token)}`);
    this.checkAllowed(token);
    return token.value;
  }

  expectWord(word: string): void {
    const token = this.next();
    if (token.kind !== 'name' || token.value !== word) this.fail(token, `expected "${word}", found ${describe(token)}`);
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind !== 'end') this.fail(token, `unexpected ${describe(token)}`);
  }

  private parseOr(): Expression {
    let left = this.parseAnd();
    while (this.isWord('or'))
      left = { kind: 'logical', operator: 'or', left, right: this.nextThen(() => this.parseAnd()), at: left.at };
    return left;
  }

  private parseAnd(): Expression {
    let left = this.parseNot();
    while (this.isWord('and'))
      left = { kind: 'logical', operator: 'and', left, right: this.nextThen(() => this.parseNot()), at: left.at };
    return left;
  }

  private parseNot(): Expression {
    if (!this.isWord('not')) return this.parseCompare();
    const at = this.map.position(this.next().offset);
    return { kind: 'not', operand: this.parseNot(), at };
  }

  private parseCompare(): Expression {
    const left = this.parseFiltered();
    const token = this.peek();
    if (!COMPARE.includes(token.value) || token.kind === 'string') return left;
    this.next();
    return { kind: 'compare', operator: token.value as CompareOperator, left, right: this.parseFiltered(), at: left.at };
  }

  private parseFiltered(): Expression {
    let input = this.parsePrimary();
    while (this.peek().kind === 'op' && this.peek().value === '|') {
      this.next();
      const nameToken = this.peek();
      const name = this.parseName('a filter name');
      const args: Expression[] = [];
      if (this.isOp('(')) {
        this.next();
        if (!this.isOp(')'))
          for (;;) {
            args.push(this.parseExpression());
            if (!this.isOp(',')) break;
            this.next();
          }
        this.expectOp(')');
      }
      input = { kind: 'filter', name, input, args, at: this.map.position(nameToken.offset) };
    }
    return input;
  }

  private parsePrimary(): Expression {
    const token = this.next();
    const at = this.map.position(token.offset);
    if (token.kind === 'string') return { kind: 'literal', value: token.value, at };
    if (token.kind === 'number') return { kind: 'literal', value: Number(token.value), at };
    if (token.kind === 'op' && token.value === '(') {
      const inner = this.parseExpression();
      this.expectOp(')');
      return inner;
    }
    if (token.kind !== 'name' || ['and', 'or', 'in', 'not'].includes(token.value))
      this.fail(token, `expected a value, found ${describe(token)}`);
    if (token.value === 'true' || token.value === 'false') return { kind: 'literal', value: token.value === 'true', at };
    if (token.value === 'none' || token.value === 'null') return { kind: 'literal', value: null, at };
    this.checkAllowed(token);
    const keys: (string | number)[] = [];
    for (;;) {
      if (this.isOp('.')) {
        this.next();
        keys.push(this.parseName('a field name after "."'));
      } else if (this.isOp('[')) {
        this.next();
        const index = this.next();
        if (index.kind !== 'number' || !/^\d+$/.test(index.value)) this.fail(index, 'expected a list position such as [0]');
        keys.push(Number(index.value));
        this.expectOp(']');
      } else break;
    }
    return { kind: 'path', root: token.value, keys, at };
  }

  private checkAllowed(token: ExprToken): void {
    if (FORBIDDEN.has(token.value)) this.fail(token, `"${token.value}" is not a field a template may use`);
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token.kind === 'name' && token.value === word;
  }

  private isOp(op: string): boolean {
    const token = this.peek();
    return token.kind === 'op' && token.value === op;
  }

  private expectOp(op: string): void {
    const token = this.next();
    if (token.kind !== 'op' || token.value !== op) this.fail(token, `expected "${op}", found ${describe(token)}`);
  }

  private nextThen<T>(parse: () => T): T {
    this.next();
    return parse();
  }

  private peek(): ExprToken {
    return this.tokens[this.index]!;
  }

  private next(): ExprToken {
    const token = this.tokens[this.index]!;
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private fail(token: ExprToken, detail: string): never {
    throw new TemplateError(this.file, this.map.position(token.offset), detail);
  }
}

function describe(token: ExprToken): string {
  return token.kind === 'end' ? 'the end of the expression' : `"${token.text}"`;
}
