import { createRequire } from 'node:module';
import { type Jieba } from '@node-rs/jieba';

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;
const extraWords = new Set<string>();

/**
 * Words the guard's lexicons use, added to the segmenter's dictionary so that a lexicon word is one token
 * ("业主群", "执行法官") rather than split by frequency. Call before the first segmentation.
 */
export function addSegmenterWords(words: Iterable<string>): void {
  for (const w of words) if (w.length >= 2 && /^[\u4e00-\u9fff]+$/.test(w)) extraWords.add(w);
}

/** The segmenter, built once: jieba's default dictionary (about 0.5 s) plus the lexicon words. */
function segmenter(): Jieba {
  if (jieba) return jieba;
  const { Jieba: JiebaClass } = require('@node-rs/jieba') as { Jieba: typeof Jieba };
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  jieba = JiebaClass.withDict(dict);
  if (extraWords.size > 0) jieba.loadDict(Buffer.from([...extraWords].map((w) => `${w} 100000 n`).join('\n'), 'utf8'));
  return jieba;
}

/** Token boundaries of a Chinese text: the offsets where a word starts and where one ends. */
export interface Boundaries {
  starts: Set<number>;
  /** Each word's end, mapped to its start. */
  ends: Map<number, number>;
}

/** Segments `text` into words and returns where each word starts and ends (offsets into `text`). */
export function wordBoundaries(text: string): Boundaries {
  const starts = new Set<number>();
  const ends = new Map<number, number>();
  let at = 0;
  for (const token of segmenter().cut(text, true)) {
    starts.add(at);
    ends.set(at + token.length, at);
    at += token.length;
  }
  return { starts, ends };
}
