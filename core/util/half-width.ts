/**
 * Full-width ASCII (`１２３４５．６０`, `ＡＢＣ`) and the ideographic space, as Chinese input methods type them,
 * turned into their ASCII forms. Used for numbers, dates, ID and phone numbers; names and addresses are kept
 * as written.
 */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
