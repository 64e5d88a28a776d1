import type { Expression, TemplateNode } from './ast.js';
import { TemplateError } from './errors.js';
import { FILTERS } from './filters.js';
import { fieldShape, listItemShape, LOOP_SHAPE, type Shape } from './shape.js';

type Scope = ReadonlyMap<string, Shape>;

/** Rejects unknown fields, unknown filters and wrong filter arguments, naming file:line:column. */
export function checkTemplate(nodes: readonly TemplateNode[], root: Shape | undefined, file: string): void {
  const scope = new Map<string, Shape>();
  if (root !== undefined && typeof root === 'object' && !Array.isArray(root))
    for (const [name, shape] of Object.entries(root as Record<string, Shape>)) scope.set(name, shape);
  checkNodes(nodes, scope, root === undefined, file);
}

function checkNodes(nodes: readonly TemplateNode[], scope: Scope, open: boolean, file: string): void {
  for (const node of nodes) {
    if (node.kind === 'output') checkExpression(node.expression, scope, open, file);
    else if (node.kind === 'if') {
      for (const branch of node.branches) {
        checkExpression(branch.test, scope, open, file);
        checkNodes(branch.body, scope, open, file);
      }
      checkNodes(node.otherwise, scope, open, file);
    } else if (node.kind === 'for') {
      const list = checkExpression(node.list, scope, open, file);
      const item = listItemShape(list);
      if (item === null)
        throw new TemplateError(file, node.list.at, `${describePath(node.list)} is not a list: only a list can follow "in"`);
      const inner = new Map(scope).set(node.variable, item).set('loop', LOOP_SHAPE);
      checkNodes(node.body, inner, open, file);
      checkNodes(node.otherwise, scope, open, file);
    }
  }
}

/** The expression's shape (`any` when it cannot be known). */
function checkExpression(expression: Expression, scope: Scope, open: boolean, file: string): Shape {
  switch (expression.kind) {
    case 'literal':
      return 'any';
    case 'not':
      checkExpression(expression.operand, scope, open, file);
      return 'boolean';
    case 'logical':
    case 'compare':
      checkExpression(expression.left, scope, open, file);
      checkExpression(expression.right, scope, open, file);
      return 'boolean';
    case 'filter': {
      const filter = Object.hasOwn(FILTERS, expression.name) ? FILTERS[expression.name] : undefined;
      if (!filter)
        throw new TemplateError(
          file,
          expression.at,
          `unknown filter "${expression.name}" (known: ${Object.keys(FILTERS).join(', ')})`,
        );
      const count = expression.args.length;
      if (count < filter.minArgs || count > filter.maxArgs)
        throw new TemplateError(
          file,
          expression.at,
          `filter "${expression.name}" takes ${filter.minArgs}–${filter.maxArgs} argument(s), got ${count}: ${filter.usage}`,
        );
      checkExpression(expression.input, scope, open, file);
      expression.args.forEach((a) => checkExpression(a, scope, open, file));
      return 'any';
    }
    case 'path': {
      let shape = scope.get(expression.root);
      if (shape === undefined) {
        if (open) return 'any';
        throw new TemplateError(
          file,
          expression.at,
          `unknown field "${expression.root}" (known: ${[...scope.keys()].join(', ')})`,
        );
      }
      let walked = expression.root;
      for (const key of expression.keys) {
        const next = fieldShape(shape, key);
        if ('error' in next) throw new TemplateError(file, expression.at, `unknown field: ${walked} ${next.error}`);
        shape = next.shape;
        walked += typeof key === 'number' ? `[${key}]` : `.${key}`;
      }
      return shape;
    }
  }
}

export function describePath(expression: Expression): string {
  if (expression.kind !== 'path') return 'the value';
  return expression.root + expression.keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
}
