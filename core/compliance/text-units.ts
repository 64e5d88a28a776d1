/** A sentence of the checked text, with its offset, and the offsets where its clauses start. */
export interface Sentence {
  text: string;
  start: number;
}

// Chinese sentence ends, line breaks, and an English full stop followed by a space and a capital or a quote.
const SENTENCE_END = /[。！？!?；;\n]+|(?<=[a-z0-9)”"'’][.])\s+(?=[A-Z“"‘'(])/g;

/** Splits a text into sentences; blank ones are dropped. Offsets point into `text`. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const part = text.slice(from, to);
    const lead = part.length - part.trimStart().length;
    if (part.trim()) out.push({ text: part.trimEnd().slice(lead), start: from + lead });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

const CLAUSE_BREAK =
  /[，,：:（）()]|(?:否则|就(?![本该此这上前所相]|欠款|债务|贵方|您|你)|则|便|然后|的话|那么)|\b(?:then|or else|otherwise|and then)\b/g;

/** The offset (within `sentence`) where the clause holding `index` ends. */
export function clauseEnd(sentence: string, index: number): number {
  for (const m of sentence.matchAll(CLAUSE_BREAK)) if (m.index >= index) return m.index;
  return sentence.length;
}

/** The offset (within `sentence`) where the clause holding `index` starts. */
export function clauseStart(sentence: string, index: number): number {
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index >= index) break;
    start = m.index + m[0].length;
  }
  return start;
}
