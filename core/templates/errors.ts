import { CasePackError } from '../errors.js';

/** Where in a template file something is: 1-based line and column. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A template cannot be compiled or rendered: the message starts with `file:line:column`. */
export class TemplateError extends CasePackError {
  override name = 'TemplateError';
  constructor(
    readonly file: string,
    readonly position: SourcePosition,
    readonly detail: string,
  ) {
    super(`${file}:${position.line}:${position.column}: ${detail}`);
  }
}
