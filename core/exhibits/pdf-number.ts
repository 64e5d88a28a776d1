/** A number as a PDF content stream writes it: no exponent, at most four decimals. */
export function num(value: number): string {
  const text = value.toFixed(4).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}
