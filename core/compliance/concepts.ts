import type { Boundaries } from './segment-zh.js';

/** A concept of a lexicon: the words (regular-expression fragments) that name one role in a sentence. */
export type Concept = RegExp;

/**
 * A Chinese concept from its words. Words are regular-expression fragments (mostly plain words); the longest
 * is tried first.
 */
export function zhConcept(first: TemplateStringsArray | string, ...rest: string[]): Concept {
  const text = typeof first === 'string' ? [first, ...rest].join(' ') : String.raw(first, ...rest);
  const words = text.split(/\s+/).filter(Boolean);
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.join('|'), 'g');
}

/**
 * A concept of people or places, but not when they are ours (我司财务部, 本所律师, 我们的同事), nor the
 * addressee called by name at the head of the sentence (舅舅，我知道您最近难; 老铁，钱这事儿咱得唠明白).
 */
export function zhConceptNotOurs(words: TemplateStringsArray): Concept {
  return new RegExp(
    `(?<!我司|本公司|我们的?|我方|本所|我的|本物业)(?!^(?:${zhConcept(words).source})[，,！!])(?:${zhConcept(words).source})`,
    'g',
  );
}

/** An English concept: whole words or phrases, case-insensitive; as a tag the phrases are separated by " | ". */
export function enConcept(first: TemplateStringsArray | string, ...rest: string[]): Concept {
  const phrases =
    typeof first === 'string'
      ? [first, ...rest]
      : String.raw(first, ...rest)
          .split(/\s+\|(?=\s)|\n/)
          .map((p) => p.trim())
          .filter(Boolean);
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${sorted.join('|')})\\b`, 'gi');
}

/** One place where a concept's word was found, as offsets into the sentence. */
export interface Hit {
  start: number;
  end: number;
}

/**
 * Where a concept occurs in a sentence. For Chinese, a hit must fall on word boundaries found by the
 * segmenter: it starts where a word starts, or ends where one ends (the head of a compound, 小区业主群 → 业主群);
 * a one-character word must be a word, or follow a particle in one (已停, 被砸) — so 电 in 电话, 家 in 大家 or
 * 划 in 计划 is not a hit.
 */
export function hits(concept: Concept, text: string, bounds?: Boundaries): Hit[] {
  const out: Hit[] = [];
  concept.lastIndex = 0;
  for (let m = concept.exec(text); m; m = concept.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) {
      concept.lastIndex = start + 1;
      continue;
    }
    if (
      bounds &&
      !(m[0].length === 1 ? singleCharAligned(text, start, bounds) : bounds.starts.has(start) || bounds.ends.has(end))
    ) {
      // A match across words (供电 in 提供电梯) must not hide the word that starts inside it.
      concept.lastIndex = start + 1;
      continue;
    }
    out.push({ start, end });
  }
  concept.lastIndex = 0;
  return out;
}

const PARTICLES = new Set('已被给都就会要再先了把将也还');

function singleCharAligned(text: string, start: number, bounds: Boundaries): boolean {
  if (bounds.starts.has(start) && bounds.ends.has(start + 1)) return true;
  const wordStart = bounds.ends.get(start + 1);
  return wordStart === start - 1 && PARTICLES.has(text[wordStart]!);
}
