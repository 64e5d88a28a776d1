import type { Expression, TemplateNode } from './ast.js';
import { describePath } from './check-fields.js';
import { TemplateError } from './errors.js';
import { escapeBackslashes, escapeValue } from './escape.js';
import { FILTERS, type FilterEnvironment } from './filters.js';
import { compareValues, isTruthy, lookup, valuesEqual, type TemplateValue } from './values.js';

/** The template's text with data filled in, and for each output line the template line it came from. */
export interface RenderedText {
  text: string;
  origins: number[];
}

type Scope = ReadonlyMap<string, TemplateValue>;

/** Runs the statement tree over `data`. Values are escaped so that data never becomes markup. */
export function renderText(
  nodes: readonly TemplateNode[],
  data: Readonly<Record<string, TemplateValue>>,
  env: FilterEnvironment,
  file: string,
): RenderedText {
  const chunks: string[] = [];
  const origins: number[] = [];
  let currentLine = 0;
  const write = (text: string, line: number) => {
    for (let i = 0; i < text.length;) {
      if (origins.length <= currentLine) origins.push(line);
      const newline = text.indexOf('\n', i);
      if (newline < 0) break;
      currentLine++;
      line++;
      i = newline + 1;
    }
    chunks.push(text);
  };

  const evaluate = (expression: Expression, scope: Scope): TemplateValue => {
    switch (expression.kind) {
      case 'literal':
        return expression.value;
      case 'path': {
        let value = scope.get(expression.root);
        for (const key of expression.keys) value = lookup(value, key);
        return value;
      }
      case 'not':
        return !isTruthy(evaluate(expression.operand, scope));
      case 'logical': {
        const left = isTruthy(evaluate(expression.left, scope));
        if (expression.operator === 'and') return left && isTruthy(evaluate(expression.right, scope));
        return left || isTruthy(evaluate(expression.right, scope));
      }
      case 'compare':
        return compare(expression, evaluate(expression.left, scope), evaluate(expression.right, scope));
      case 'filter': {
        const filter = FILTERS[expression.name]!;
        const input = evaluate(expression.input, scope);
        if (filter.needsValue && (input === undefined || input === null))
          throw new TemplateError(
            file,
            expression.at,
            `${describePath(expression.input)} has no value for "| ${expression.name}": guard it with {% if %} or add | default("…") before it`,
          );
        try {
          return filter.apply(
            input,
            expression.args.map((a) => evaluate(a, scope)),
            env,
          );
        } catch (error) {
          if (error instanceof Error)
            throw new TemplateError(file, expression.at, `filter "${expression.name}": ${error.message}`);
          throw error;
        }
      }
    }
  };

  const compare = (expression: Extract<Expression, { kind: 'compare' }>, left: TemplateValue, right: TemplateValue): boolean => {
    if (expression.operator === 'in') {
      if (Array.isArray(right)) return right.some((item: TemplateValue) => valuesEqual(item, left));
      return typeof right === 'string' && typeof left === 'string' && right.includes(left);
    }
    if (expression.operator === '==') return valuesEqual(left, right);
    if (expression.operator === '!=') return !valuesEqual(left, right);
    const order = compareValues(left, right);
    if (order === null) return false;
    return { '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0 }[expression.operator];
  };

  const show = (expression: Expression, scope: Scope): string => {
    const value = evaluate(expression, scope);
    if (value === undefined || value === null || value === '')
      throw new TemplateError(
        file,
        expression.at,
        `${describePath(expression)} has no value in this case: guard it with {% if %} or add | default("…")`,
      );
    if (typeof value === 'object')
      throw new TemplateError(
        file,
        expression.at,
        `${describePath(expression)} is a list or a group: write one of its fields, or loop over it`,
      );
    if (typeof value === 'boolean')
      throw new TemplateError(file, expression.at, `${describePath(expression)} is yes/no: use it in {% if %}`);
    return String(value);
  };

  const run = (list: readonly TemplateNode[], scope: Scope): void => {
    for (const node of list) {
      if (node.kind === 'text') write(escapeBackslashes(node.text), node.at.line);
      else if (node.kind === 'output') write(escapeValue(show(node.expression, scope)), node.at.line);
      else if (node.kind === 'if') {
        const branch = node.branches.find((b) => isTruthy(evaluate(b.test, scope)));
        run(branch ? branch.body : node.otherwise, scope);
      } else {
        const items = evaluate(node.list, scope);
        if (items !== undefined && items !== null && !Array.isArray(items))
          throw new TemplateError(file, node.list.at, `${describePath(node.list)} is not a list`);
        const list = (items ?? []) as readonly TemplateValue[];
        if (list.length === 0) run(node.otherwise, scope);
        list.forEach((item, index0) => {
          const loop = { index: index0 + 1, index0, first: index0 === 0, last: index0 === list.length - 1, length: list.length };
          run(node.body, new Map(scope).set(node.variable, item).set('loop', loop));
        });
      }
    }
  };

  run(nodes, new Map(Object.entries(data)));
  return { text: chunks.join(''), origins };
}
