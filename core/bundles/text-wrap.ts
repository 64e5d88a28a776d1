/** Characters that may not start a line in Chinese typesetting (GB/T 15834 practice, simplified). */
const NO_LINE_START = new Set('，。、；：？！）》」』”’,.;:?!)]}%'.split(''));
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/**
 * Breaks `text` into lines no wider than `width` (as measured by `measure`): Chinese between any two
 * characters, other scripts at spaces, and a word longer than a line wherever it must.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const token of tokens(paragraph)) {
      const candidate = line + token;
      if (line === '' || measure(candidate.trimEnd()) <= width || NO_LINE_START.has(token[0]!)) {
        line = candidate;
        continue;
      }
      lines.push(line.trimEnd());
      line = token.trimStart();
      while (measure(line.trimEnd()) > width && line.length > 1) {
        const cut = longestFit(line, width, measure);
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (WIDE.test(ch)) {
      if (word) out.push(word);
      out.push(ch);
      word = '';
    } else if (ch === ' ') {
      out.push(word + ' ');
      word = '';
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

function longestFit(text: string, width: number, measure: (s: string) => number): number {
  let cut = 1;
  while (cut < text.length && measure(text.slice(0, cut + 1)) <= width) cut++;
  return cut;
}
