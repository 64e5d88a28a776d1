import type { Concept } from './concepts.js';
import { conceptFinder, sentenceBounds } from './detect.js';
import { EN } from './lexicon-en.js';
import { ZH } from './lexicon-zh.js';
import { ZH_IMPLIED } from './lexicon-zh-implied.js';
import { isNegated } from './negation.js';
import { WORDING_RULES } from './rule-sets.js';
import { CROSS_RULES } from './rules-cross-sentence.js';
import { EN_IMPLIED } from './rules-en-implied.js';
import type { WordingContext } from './types.js';

/**
 * What the learnt layer of the guard reads in a sentence, as feature codes:
 * - `b:` and `t:` Chinese character bigrams and trigrams, `w:` the segmenter's words — meaning carried by parts
 *   of words the lexicons never listed (天天, 蹲点, 单位门口);
 * - `e:` and `e2:` English words and word pairs, lower-cased and with plural and tense endings cut; `c:` their
 *   character n-grams (`<pol`, `lise`), so that a typo or a cut word (polise, arest, u) still says something;
 * - `k:` the lexicon concepts found (roles and acts: `k:zh.family`, `k:zh.tell`), `n:` a concept found only
 *   under a negation (请勿, will not), and `kk:` a pair of concepts found together (who, what and to whom);
 * - `f:` the case's facts (a suit filed, a judgment, a time-barred debt …).
 * The feature codes are what a model finding names as its reasons.
 */
export interface FeatureOptions {
  /** Lexicon concepts as features (`k:`, `n:`, `kk:`); without them, only the words themselves. */
  concepts: boolean;
  /** Lengths of the English character n-grams read inside words (`c:`, the word framed as `<word>`). */
  enChars?: readonly number[];
}

const HAS_HAN = /[\u4e00-\u9fff]/;
const HAN_RUN = /[\u4e00-\u9fff]+/g;

let named: { name: string; concept: Concept; chinese: boolean }[] | undefined;

/**
 * Every concept of the lexicons and rules, named: a lexicon's by its key (`zh.family`), one written inside a
 * rule by the rule and its place (`zh-harassment-presence.1`).
 */
function namedConcepts(): { name: string; concept: Concept; chinese: boolean }[] {
  if (named) return named;
  const names = new Map<Concept, string>();
  const lexicons = { zh: ZH, zhi: ZH_IMPLIED, en: EN, eni: EN_IMPLIED } as Record<string, Record<string, Concept>>;
  for (const [prefix, lexicon] of Object.entries(lexicons))
    for (const [key, concept] of Object.entries(lexicon)) if (!names.has(concept)) names.set(concept, `${prefix}.${key}`);
  const inRule = (id: string, concepts: readonly Concept[]) =>
    concepts.forEach((concept, i) => names.has(concept) || names.set(concept, `${id}.${i}`));
  for (const rule of WORDING_RULES) inRule(rule.id, [...rule.all, ...(rule.any ?? [])]);
  for (const rule of CROSS_RULES) inRule(rule.id, [...rule.first, ...rule.then]);
  named = [...names].map(([concept, name]) => ({ name, concept, chinese: HAS_HAN.test(concept.source) }));
  return named;
}

/** Cuts English plural and tense endings, so that "calls", "called" and "calling" are one word. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ing|ed|es|s)$/, '');
}

/** The feature codes of one sentence, each once, in a fixed order. */
export function sentenceFeatures(text: string, context: WordingContext, options: FeatureOptions): string[] {
  const out = new Set<string>();
  const chinese = HAS_HAN.test(text);
  if (chinese) {
    for (const run of text.match(HAN_RUN) ?? []) {
      for (let i = 0; i + 1 < run.length; i++) out.add(`b:${run.slice(i, i + 2)}`);
      for (let i = 0; i + 2 < run.length; i++) out.add(`t:${run.slice(i, i + 3)}`);
    }
    const bounds = sentenceBounds(text);
    const ends = [...bounds.ends].sort((a, b) => a[1] - b[1]);
    for (const [end, start] of ends) if (end - start >= 2 && HAS_HAN.test(text[start]!)) out.add(`w:${text.slice(start, end)}`);
  }
  const words = (text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?|\d+/g) ?? []).map((w) => (/^\d/.test(w) ? '#' : stem(w)));
  words.forEach((w, i) => {
    if (options.enChars && w !== '#')
      for (const n of options.enChars) {
        const padded = `<${w}>`;
        for (let k = 0; k + n <= padded.length; k++) out.add(`c:${padded.slice(k, k + n)}`);
      }
    out.add(`e:${w}`);
    if (i + 1 < words.length) out.add(`e2:${w}_${words[i + 1]}`);
  });
  if (options.concepts) {
    const find = conceptFinder(text, chinese);
    const live: string[] = [];
    for (const { name, concept, chinese: zh } of namedConcepts()) {
      if (zh !== chinese) continue;
      const found = find(concept);
      if (found.length === 0) continue;
      if (found.every((h) => isNegated(text, h.start))) out.add(`n:${name}`);
      else live.push(name);
    }
    for (const name of live) out.add(`k:${name}`);
    for (let i = 0; i < live.length; i++)
      for (let j = i + 1; j < live.length; j++) out.add(`kk:${[live[i], live[j]].sort().join('+')}`);
  }
  for (const fact of factsOf(context)) out.add(`f:${fact}`);
  return [...out];
}

/** The case's facts the corpus names, read back from a wording context. */
function factsOf(context: WordingContext): string[] {
  const facts: string[] = [];
  if (context.proceedings?.suitFiled) facts.push('suit-filed');
  if (context.proceedings?.judgment) facts.push('judgment');
  if (context.timeBarred) facts.push('time-barred');
  if (context.consumerRegF) facts.push('reg-f');
  if (context.documentKind === 'debt-acknowledgment') facts.push('acknowledgment');
  if (context.guaranteeLapsed) facts.push('lapsed-guarantor');
  return facts;
}
