import { hits, type Concept, type Hit } from './concepts.js';
import { isNegated } from './negation.js';
import { wordBoundaries, type Boundaries } from './segment-zh.js';
import { clauseEnd, clauseStart, sentences, type Sentence } from './text-units.js';
import type { CrossRule } from './rules-cross-sentence.js';
import type { CategoryRule, Finding, WordingContext } from './types.js';

/** A finding before its line and column are known. */
export type RawFinding = Omit<Finding, 'line' | 'column' | 'sentence'>;

const HAS_HAN = /[\u4e00-\u9fff]/;
const HAS_LATIN = /[A-Za-z]{2}/;

/**
 * Runs category rules sentence by sentence; `cleared` receives the sentences (by index) where a rule found all
 * its roles but a lawful condition, a fact of the case or a negation cleared it. Chinese sentences are segmented first so that concepts match
 * whole words; a rule fires when all its concepts (and one of its `any` concepts) are in the sentence, its
 * act is not negated, and no lawful condition is stated. At most one finding per category and sentence: the
 * first rule of the category that fires.
 */
export function detect(
  text: string,
  zhRules: readonly CategoryRule[],
  enRules: readonly CategoryRule[],
  context: WordingContext,
  units: readonly Sentence[] = sentences(text),
  crossRules: readonly CrossRule[] = [],
  cleared?: Set<number>,
): RawFinding[] {
  const out: RawFinding[] = [];
  const categoriesAt: Set<string>[] = [];
  for (const [at, sentence] of units.entries()) {
    const chinese = HAS_HAN.test(sentence.text);
    const rules = [...(chinese ? zhRules : []), ...(HAS_LATIN.test(sentence.text) ? enRules : [])];
    const find = conceptFinder(sentence.text, chinese);
    const seen = new Set<string>();
    categoriesAt.push(seen);
    for (const rule of rules) {
      if (seen.has(rule.category)) continue;
      const found = applyRule(rule, sentence.text, find, context);
      if (found === 'cleared') cleared?.add(at);
      if (!found || found === 'cleared') continue;
      seen.add(rule.category);
      out.push({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severityIn?.(context) ?? rule.severity,
        words: sentence.text.slice(found.start, found.end),
        index: sentence.start + found.start,
        source: rule.source,
      });
    }
  }
  out.push(...crossFindings(text, units, crossRules, categoriesAt));
  return out;
}

/**
 * Rules over two neighbouring sentences of one paragraph (no blank line between), for what neither says alone:
 * a watched routine then a demand, a third party then 跟她说. A pair already found in the rule's category is
 * not found again.
 */
function crossFindings(
  text: string,
  units: readonly Sentence[],
  rules: readonly CrossRule[],
  categoriesAt: readonly Set<string>[],
): RawFinding[] {
  const out: RawFinding[] = [];
  const finders = units.map((u) => conceptFinder(u.text, HAS_HAN.test(u.text)));
  // Sentences of one paragraph: the next two, up to a blank line.
  const nearby = (i: number) =>
    [i + 1, i + 2].filter(
      (j) => j < units.length && !/\n\s*\n/.test(text.slice(units[i]!.start + units[i]!.text.length, units[j]!.start)),
    );
  for (let i = 0; i < units.length; i++) {
    for (const rule of rules) {
      if (categoriesAt[i]!.has(rule.category)) continue;
      const at = allFound(rule.first, finders[i]!);
      if (!at || rule.unless?.test(units[i]!.text)) continue;
      const others = rule.then.length === 0 ? [i] : [...nearby(i), ...(rule.either ? nearbyBefore(i) : [])];
      const partner = others.find((j) => {
        if (j !== i && (categoriesAt[j]!.has(rule.category) || rule.unless?.test(units[j]!.text))) return false;
        if (rule.then.length === 0) return true;
        const thenAt = allFound(rule.then, finders[j]!);
        return thenAt !== undefined && !isNegated(units[j]!.text, thenAt.start);
      });
      if (partner === undefined) continue;
      categoriesAt[i]!.add(rule.category);
      out.push({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        words: units[i]!.text.slice(at.start, at.end),
        index: units[i]!.start + at.start,
        source: rule.source,
      });
    }
  }
  return out;

  function nearbyBefore(i: number): number[] {
    return [i - 1, i - 2].filter((j) => j >= 0 && nearby(j).includes(i));
  }
}

/** Where the first concept is found, when every concept is (a concept listed n times needs n places). */
function allFound(concepts: readonly Concept[], find: (concept: Concept) => Hit[]): Hit | undefined {
  const needed = new Map<Concept, number>();
  for (const c of concepts) needed.set(c, (needed.get(c) ?? 0) + 1);
  for (const [c, n] of needed) if (find(c).length < n) return undefined;
  return find(concepts[0]!)[0];
}

/**
 * Sentences kept with their word boundaries and concept hits, which depend on the sentence's text alone. A
 * batch repeats its template's sentences in every letter, so most are segmented and searched once; the
 * cache is emptied when it reaches this many sentences (a few megabytes), which bounds its memory.
 */
const SENTENCES_KEPT = 1000;
const kept = new Map<string, { bounds: Boundaries | undefined; hits: Map<Concept, Hit[]> }>();

/** A Chinese sentence's word boundaries, segmented once per sentence text (shared with the rules). */
export function sentenceBounds(text: string): Boundaries {
  const sentence = kept.get(text);
  if (sentence?.bounds) return sentence.bounds;
  if (kept.size >= SENTENCES_KEPT) kept.clear();
  const bounds = wordBoundaries(text);
  kept.set(text, { bounds, hits: sentence?.hits ?? new Map() });
  return bounds;
}

/** Where each concept occurs in the sentence (on word boundaries when it is Chinese), each found once. */
export function conceptFinder(text: string, chinese: boolean): (concept: Concept) => Hit[] {
  let sentence = kept.get(text);
  if (!sentence) {
    if (kept.size >= SENTENCES_KEPT) kept.clear();
    sentence = { bounds: chinese ? wordBoundaries(text) : undefined, hits: new Map() };
    kept.set(text, sentence);
  }
  const { bounds, hits: found } = sentence;
  return (concept) => {
    let list = found.get(concept);
    if (!list) found.set(concept, (list = hits(concept, text, bounds)));
    return list;
  };
}

function applyRule(
  rule: CategoryRule,
  sentence: string,
  find: (concept: Concept) => Hit[],
  context: WordingContext,
): Hit | 'cleared' | undefined {
  const [act, ...rest] = rule.all;
  const acts = find(act!);
  if (acts.length === 0) return undefined;
  const live = rule.negatable === false ? acts : acts.filter((h) => !isNegated(sentence, h.start));
  const spans: Hit[] = [];
  // The other roles are other words: 联系人 is not 联系 plus 联系人. Phrases that only share an edge are
  // (be outside + outside your home). They hang on the first act not negated (我们不会联系您的家人，只和您本人沟通:
  // the family is after the negated act only).
  const head = live[0] ?? acts[0]!;
  const apart = (h: Hit) => !(h.start <= head.start && head.end <= h.end) && !(head.start <= h.start && h.end <= head.end);
  for (const concept of rest) {
    const found = find(concept).filter(apart);
    if (found.length === 0) return undefined;
    spans.push(found[0]!);
  }
  if (rule.any) {
    const after = rule.actFirst ? head.start : 0;
    const found = rule.any.map((c) => find(c).filter((h) => h.start >= after && apart(h))).find((h) => h.length > 0);
    if (!found) return undefined;
    spans.push(found[0]!);
  }
  const qualified = rule.unlessBeforeAct ? sentence.slice(0, clauseEnd(sentence, head.end)) : sentence;
  const unless = [...(rule.unless ?? []), ...(rule.unlessIn?.(context) ?? [])];
  // Every role was found, and a lawful condition, a fact of the case or a negation clears it.
  if (unless.some((re) => ((re.lastIndex = 0), re.test(qualified)))) return 'cleared';
  if (rule.lawfulAnywhere?.some((re) => ((re.lastIndex = 0), re.test(sentence)))) return 'cleared';
  if (rule.exempt?.(context)) return 'cleared';
  if (live.length === 0) return 'cleared';
  // A role found only in clauses where the act is negated belongs to that act ("I can't tell your sister
  // anything, but I'll leave my name"): the live act elsewhere does not reach it.
  const negatedClauses = new Set(acts.filter((h) => !live.includes(h)).map((h) => clauseStart(sentence, h.start)));
  const liveClauses = new Set(live.map((h) => clauseStart(sentence, h.start)));
  if (
    negatedClauses.size > 0 &&
    spans.some((s) => negatedClauses.has(clauseStart(sentence, s.start)) && !liveClauses.has(clauseStart(sentence, s.start)))
  )
    return 'cleared';
  const first = live[0]!;
  const start = Math.min(first.start, ...spans.map((s) => s.start));
  const end = Math.max(first.end, ...spans.map((s) => s.end));
  return { start, end };
}
