import type { Expression, TemplateNode } from './ast.js';
import { describePath } from './check-fields.js';
import { TemplateError } from './errors.js';
import { escapeBackslashes, escapeValue } from './escape.js';
import { evaluate, type EvaluationContext } from './evaluate.js';
import type { FilterEnvironment } from './filters.js';
import { isTruthy, type TemplateValue } from './values.js';

/** The template's text with data filled in, and for each output line the template line it came from. */
export interface RenderedText {
  text: string;
  origins: number[];
}

/** Runs the statement tree over `data`. Values are escaped so that data never becomes markup. */
export function renderText(
  nodes: readonly TemplateNode[],
  data: Readonly<Record<string, TemplateValue>>,
  env: FilterEnvironment,
  file: string,
): RenderedText {
  const output = new OutputText();
  run(nodes, { scope: new Map(Object.entries(data)), env, file }, output);
  return output.rendered();
}

/** The text written so far, and the template line each of its lines came from. */
class OutputText {
  private readonly chunks: string[] = [];
  private readonly origins: number[] = [];
  private currentLine = 0;

  /** Appends `text`, which starts on template line `line`. */
  write(text: string, line: number): void {
    for (let i = 0; i < text.length;) {
      if (this.origins.length <= this.currentLine) this.origins.push(line);
      const newline = text.indexOf('\n', i);
      if (newline < 0) break;
      this.currentLine++;
      line++;
      i = newline + 1;
    }
    this.chunks.push(text);
  }

  rendered(): RenderedText {
    return { text: this.chunks.join(''), origins: this.origins };
  }
}

function run(nodes: readonly TemplateNode[], context: EvaluationContext, output: OutputText): void {
  for (const node of nodes) {
    if (node.kind === 'text') output.write(escapeBackslashes(node.text), node.at.line);
    else if (node.kind === 'output') output.write(escapeValue(shown(node.expression, context)), node.at.line);
    else if (node.kind === 'if') {
      const branch = node.branches.find((b) => isTruthy(evaluate(b.test, context)));
      run(branch ? branch.body : node.otherwise, context, output);
    } else runLoop(node, context, output);
  }
}

/** `{% for item in list %}`: the body once per item, with `item` and `loop` in scope; `{% else %}` for none. */
function runLoop(node: Extract<TemplateNode, { kind: 'for' }>, context: EvaluationContext, output: OutputText): void {
  const items = evaluate(node.list, context);
  if (items !== undefined && items !== null && !Array.isArray(items))
    throw new TemplateError(context.file, node.list.at, `${describePath(node.list)} is not a list`);
  const list = (items ?? []) as readonly TemplateValue[];
  if (list.length === 0) run(node.otherwise, context, output);
  list.forEach((item, index0) => {
    const loop = { index: index0 + 1, index0, first: index0 === 0, last: index0 === list.length - 1, length: list.length };
    run(node.body, { ...context, scope: new Map(context.scope).set(node.variable, item).set('loop', loop) }, output);
  });
}

/** An `{{ expression }}` as text: it must have a value, and be neither a list, a group nor yes/no. */
function shown(expression: Expression, context: EvaluationContext): string {
  const value = evaluate(expression, context);
  if (value === undefined || value === null || value === '')
    throw new TemplateError(
      context.file,
      expression.at,
      `${describePath(expression)} has no value in this case: guard it with {% if %} or add | default("…")`,
    );
  if (typeof value === 'object')
    throw new TemplateError(
      context.file,
      expression.at,
      `${describePath(expression)} is a list or a group: write one of its fields, or loop over it`,
    );
  if (typeof value === 'boolean')
    throw new TemplateError(context.file, expression.at, `${describePath(expression)} is yes/no: use it in {% if %}`);
  return String(value);
}
