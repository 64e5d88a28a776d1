import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** Where JSON text goes wrong: line and column from 1, and what is wrong in words (`value expected`). */
export interface JsonSyntaxPlace {
  line: number;
  column: number;
  problem: string;
}

/**
 * Where JSON text that `JSON.parse` refused goes wrong. V8's own message quotes the text around the error,
 * which must never be shown: the file may be any file at all.
 */
export function jsonSyntaxPlace(text: string): JsonSyntaxPlace {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { line: 1, column: 1, problem: 'not JSON' };
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  return { line, column, problem: words(printParseErrorCode(first.error)) };
}

/** As `jsonSyntaxPlace`, in words: `line 3, column 7: value expected`. */
export function jsonSyntaxError(text: string): string {
  const { line, column, problem } = jsonSyntaxPlace(text);
  return `line ${line}, column ${column}: ${problem}`;
}

/** `PropertyNameExpected` → `property name expected`. */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
