import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Where JSON text that `JSON.parse` refused goes wrong, as `line 3, column 7: value expected`. V8's own
 * message quotes the text around the error, which must never be shown: the file may be any file at all.
 */
export function jsonSyntaxError(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return 'not JSON';
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${words(printParseErrorCode(first.error))}`;
}

/** `PropertyNameExpected` → `property name expected`. */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
