import type { SourcePosition } from './errors.js';

/** An expression inside `{{ … }}` or a tag; every node keeps its position for error messages. */
export type Expression =
  | { kind: 'literal'; value: string | number | boolean | null; at: SourcePosition }
  | { kind: 'path'; root: string; keys: (string | number)[]; at: SourcePosition }
  | { kind: 'not'; operand: Expression; at: SourcePosition }
  | { kind: 'logical'; operator: 'and' | 'or'; left: Expression; right: Expression; at: SourcePosition }
  | { kind: 'compare'; operator: CompareOperator; left: Expression; right: Expression; at: SourcePosition }
  | { kind: 'filter'; name: string; input: Expression; args: Expression[]; at: SourcePosition };

export type CompareOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in';

/** The template's statements: text, output, conditions and loops. */
export type TemplateNode =
  | { kind: 'text'; text: string; at: SourcePosition }
  | { kind: 'output'; expression: Expression; at: SourcePosition }
  | { kind: 'if'; branches: { test: Expression; body: TemplateNode[] }[]; otherwise: TemplateNode[]; at: SourcePosition }
  | { kind: 'for'; variable: string; list: Expression; body: TemplateNode[]; otherwise: TemplateNode[]; at: SourcePosition };
