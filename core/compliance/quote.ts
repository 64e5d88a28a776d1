import { sentenceBounds } from './detect.js';

/** The longest quote a finding shows, in characters. */
export const MAX_QUOTE = 40;

const WORD_CHAR = /[A-Za-z0-9'’-]/;
const HAN = /[\u4e00-\u9fff]/;

/**
 * The span a finding quotes, in whole words: a match that starts or ends inside an English word
 * ("bailiff" in "bailiffs") or inside a Chinese word (家 of 家人, as the segmenter cuts the sentence) is widened
 * to the word; a quote longer than MAX_QUOTE is cut at the last word end before it. `sentence` holds the span,
 * and `start`, `end` are offsets into it.
 */
export function quoteSpan(sentence: string, start: number, end: number): { start: number; end: number } {
  const word = (i: number) => i >= 0 && i < sentence.length && WORD_CHAR.test(sentence[i]!);
  while (start > 0 && word(start - 1) && word(start)) start--;
  while (end < sentence.length && word(end - 1) && word(end)) end++;
  const han = HAN.test(sentence.slice(start, end));
  const bounds = han ? sentenceBounds(sentence) : undefined;
  if (bounds) {
    while (start > 0 && !bounds.starts.has(start) && HAN.test(sentence[start - 1]!)) start--;
    while (end < sentence.length && !bounds.ends.has(end) && HAN.test(sentence[end]!)) end++;
  }
  if (end - start <= MAX_QUOTE) return { start, end };
  // Cut at the last word end within the limit: a space or punctuation in English, a segmenter word end in Chinese.
  for (let cut = start + MAX_QUOTE; cut > start; cut--) {
    if (bounds ? bounds.ends.has(cut) : !(word(cut - 1) && word(cut))) return { start, end: trimEnd(sentence, start, cut) };
  }
  return { start, end: start + MAX_QUOTE };
}

function trimEnd(sentence: string, start: number, end: number): number {
  while (end > start + 1 && /[\s,，、;；:：]/.test(sentence[end - 1]!)) end--;
  return end;
}
