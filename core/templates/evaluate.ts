import type { CompareOperator, Expression } from './ast.js';
import { describePath } from './check-fields.js';
import { TemplateError } from './errors.js';
import { FILTERS, type FilterEnvironment } from './filters.js';
import { compareValues, isTruthy, lookup, valuesEqual, type TemplateValue } from './values.js';

/** The names a template can read at one point: the data's top-level fields, loop variables and `loop`. */
export type Scope = ReadonlyMap<string, TemplateValue>;

/** Where an expression is evaluated: the names in scope, the filters' locale and currency, the file for errors. */
export interface EvaluationContext {
  scope: Scope;
  env: FilterEnvironment;
  file: string;
}

/** The value of a template expression; a filter that fails throws TemplateError at the expression. */
export function evaluate(expression: Expression, context: EvaluationContext): TemplateValue {
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'path': {
      let value = context.scope.get(expression.root);
      for (const key of expression.keys) value = lookup(value, key);
      return value;
    }
    case 'not':
      return !isTruthy(evaluate(expression.operand, context));
    case 'logical': {
      const left = isTruthy(evaluate(expression.left, context));
      if (expression.operator === 'and') return left && isTruthy(evaluate(expression.right, context));
      return left || isTruthy(evaluate(expression.right, context));
    }
    case 'compare':
      return compare(expression.operator, evaluate(expression.left, context), evaluate(expression.right, context));
    case 'filter':
      return applyFilter(expression, context);
  }
}

function applyFilter(expression: Extract<Expression, { kind: 'filter' }>, context: EvaluationContext): TemplateValue {
  const filter = FILTERS[expression.name]!;
  const input = evaluate(expression.input, context);
  if (filter.needsValue && (input === undefined || input === null))
    throw new TemplateError(
      context.file,
      expression.at,
      `${describePath(expression.input)} has no value for "| ${expression.name}": guard it with {% if %} or add | default("…") before it`,
    );
  try {
    return filter.apply(
      input,
      expression.args.map((a) => evaluate(a, context)),
      context.env,
    );
  } catch (error) {
    if (error instanceof Error)
      throw new TemplateError(context.file, expression.at, `filter "${expression.name}": ${error.message}`);
    throw error;
  }
}

function compare(operator: CompareOperator, left: TemplateValue, right: TemplateValue): boolean {
  if (operator === 'in') {
    if (Array.isArray(right)) return right.some((item: TemplateValue) => valuesEqual(item, left));
    return typeof right === 'string' && typeof left === 'string' && right.includes(left);
  }
  if (operator === '==') return valuesEqual(left, right);
  if (operator === '!=') return !valuesEqual(left, right);
  const order = compareValues(left, right);
  if (order === null) return false;
  return { '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0 }[operator];
}
