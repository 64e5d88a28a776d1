import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.js';
import { conceptFinder, type RawFinding } from './detect.js';
import { predict, type SoftmaxModel } from './model-learn.js';
import { sentenceFeatures, type FeatureOptions } from './model-features.js';
import { MODEL_FEATURES, type StoredModel } from './model-format.js';
import { isNegatedByWriter } from './negation.js';
import { EN_ALL, ZH_ALL } from './rule-sets.js';
import type { Sentence } from './text-units.js';
import type { Category, Severity, WordingContext } from './types.js';

/** The file the model is stored in, written by `npm run train:guard` (scripts/train-guard.ts). */
export const MODEL_FILE = join(PROJECT_ROOT, 'data', 'guard-model.json');

const HAS_HAN = /[\u4e00-\u9fff]/;
const MAX_WORDS = 40;
const REASONS_NAMED = 3;
/**
 * A sentence the model knows fewer features of (a heading, a table row, a number, a form line "Your name: …")
 * says too little to judge. Character n-grams are not counted: every word has some, known or not.
 */
export const MIN_KNOWN_FEATURES = 5;
/**
 * A form line for the reader's own details ("Your name: Daniel Okafor", 您的地址：…): what follows the label is the
 * party's data, not wording, and a name or an address read as words can look like anything. The rules still read it.
 */
const FORM_FIELD = /^\s*(?:your(?:\s+[a-z-]+){1,3}|(?:您|你)的[\u4e00-\u9fff]{1,8})\s*[:：]/i;
export const knownCount = (known: readonly string[]): number => known.filter((f) => !f.startsWith('c:')).length;

/** A model with the score above which a sentence is abusive. */
export interface GuardModel {
  model: SoftmaxModel;
  threshold: number;
  /** The features it reads (MODEL_FEATURES unless trained on others). */
  features?: FeatureOptions;
}

let shipped: GuardModel | undefined;

export function shippedModel(): GuardModel {
  if (shipped) return shipped;
  shipped = loadModel(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as StoredModel);
  return shipped;
}

export function loadModel(stored: StoredModel): GuardModel {
  const weights = new Map(Object.entries(stored.weights).map(([f, w]) => [f, Float64Array.from(w)]));
  return { model: { classes: stored.classes, bias: stored.bias, weights }, threshold: stored.threshold };
}

/** The model's verdict on a sentence text alone, kept per text (a batch repeats its template's sentences). */
interface Verdict {
  category: Category;
  /** The features that pushed the sentence most towards its category, strongest first. */
  reasons: string[];
}
const VERDICTS_KEPT = 1000;
const verdicts = new Map<string, Verdict | null>();

function verdictOf(guard: GuardModel, text: string, context: WordingContext, facts: string): Verdict | null {
  const keep = guard === shipped;
  const key = `${facts}\u0000${text}`;
  const kept = keep ? verdicts.get(key) : undefined;
  if (kept !== undefined) return kept;
  const { model, threshold } = guard;
  const features = sentenceFeatures(text, context, guard.features ?? MODEL_FEATURES);
  const { probs, known } = predict(model, features);
  let verdict: Verdict | null = null;
  // A heading, a table row or a number says too little to judge.
  if (!FORM_FIELD.test(text) && knownCount(known) >= MIN_KNOWN_FEATURES && 1 - probs[0]! >= threshold) {
    let best = 1;
    for (let c = 2; c < probs.length; c++) if (probs[c]! > probs[best]!) best = c;
    // A feature's pull towards the category rather than towards a lawful sentence.
    const pull = (f: string) => model.weights.get(f)![best]! - model.weights.get(f)![0]!;
    const reasons = known.filter((f) => !f.startsWith('f:') && pull(f) > 0).sort((a, b) => pull(b) - pull(a));
    verdict = { category: model.classes[best] as Category, reasons };
  }
  if (keep) {
    if (verdicts.size >= VERDICTS_KEPT) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict;
}

function factsKey(context: WordingContext): string {
  return sentenceFeatures('', context, MODEL_FEATURES).join(',');
}

/** Where a feature's words are in the sentence (an n-gram, a word, an English word or pair). */
function featureAt(sentence: string, feature: string): { start: number; end: number } | undefined {
  const [kind, words] = [feature.slice(0, feature.indexOf(':')), feature.slice(feature.indexOf(':') + 1)];
  if (kind === 'e' || kind === 'e2') {
    const pattern = words
      .split('_')
      .map((w) => (w === '#' ? '\\d+' : `${w.replace(/[^a-z']/g, '')}[a-z]*`))
      .join("[^A-Za-z\\d']+");
    const m = new RegExp(`\\b${pattern}`, 'i').exec(sentence);
    return m ? { start: m.index, end: m.index + m[0].length } : undefined;
  }
  if (kind === 'c') {
    // A character n-gram: `<` and `>` are a word's start and end; the finding quotes the whole word (quote.ts).
    const pattern = `${words.startsWith('<') ? '\\b' : ''}${words.replace(/[<>]/g, '').replace(/[^a-z']/g, '')}${words.endsWith('>') ? '\\b' : ''}`;
    const m = new RegExp(pattern, 'i').exec(sentence);
    return m ? { start: m.index, end: m.index + m[0].length } : undefined;
  }
  const i = sentence.indexOf(words);
  return i < 0 ? undefined : { start: i, end: i + words.length };
}

/**
 * Findings of the learnt layer, for sentences the rules neither found (an error) nor cleared (`skip`: all of a
 * rule's roles found, and a lawful condition, a fact of the case or a negation clearing them): a sentence the model scores as
 * abusive above its threshold is a finding of the likeliest category, named `model:` and its strongest
 * features, at the strongest feature's words. It is cleared, as a rule's finding would be, when a lawful
 * condition of a rule of that category is stated (a suit "will be filed", 失信 after a judgment, 保全 once a suit
 * is filed) or when the words of one of its strongest features are under the writer's negation (请勿, 我司不会, we will
 * not) — not the debtor's ("you're not leaving this room until you pay").
 */
export function modelFindings(
  units: readonly Sentence[],
  context: WordingContext,
  skip: ReadonlySet<number>,
  guard: GuardModel = shippedModel(),
): RawFinding[] {
  const out: RawFinding[] = [];
  const facts = factsKey(context);
  units.forEach((unit, i) => {
    if (skip.has(i)) return;
    const verdict = verdictOf(guard, unit.text, context, facts);
    if (!verdict || lawfulFor(verdict.category, unit.text, context)) return;
    // A document's wording is unlawful because of its kind or the case (an acknowledgment, a lapsed guarantee, a
    // barred debt, Reg F): without such a fact the model cannot know it.
    if (verdict.category === 'document' && facts === '') return;
    const top = verdict.reasons.slice(0, REASONS_NAMED);
    const places = top.map((f) => featureAt(unit.text, f)).filter((place) => place !== undefined);
    if (places.some((place) => isNegatedByWriter(unit.text, place.start))) return;
    const at = places[0] ?? { start: 0, end: Math.min(unit.text.length, MAX_WORDS) };
    const severity = severityFor(verdict.category, unit.text, context);
    // Where the category's rules only inform (a creditor who is a person naming their account), they have said it.
    if (severity !== 'error') return;
    out.push({
      ruleId: `model:${top.join('+')}`,
      category: verdict.category,
      severity,
      words: unit.text.slice(at.start, at.end),
      index: unit.start + at.start,
      source: sourceOf(verdict.category, HAS_HAN.test(unit.text)),
    });
  });
  return out;
}

/**
 * A lawful condition of one of the category's rules whose act is in the sentence is stated: 申请财产保全 clears
 * a sentence about 保全, not one that says the court already froze the accounts in other words.
 */
function lawfulFor(category: Category, text: string, context: WordingContext): boolean {
  const chinese = HAS_HAN.test(text);
  const find = conceptFinder(text, chinese);
  const rules = [...(chinese ? ZH_ALL : []), ...(/[A-Za-z]{2}/.test(text) ? EN_ALL : [])].filter(
    (r) => r.category === category && find(r.all[0]!).length > 0,
  );
  return rules.some((rule) =>
    [...(rule.unless ?? []), ...(rule.unlessIn?.(context) ?? []), ...(rule.lawfulAnywhere ?? [])].some(
      (re) => ((re.lastIndex = 0), re.test(text)),
    ),
  );
}

/** As the category's rules would be in this context: a creditor who is a person may name their own account (info). */
function severityFor(category: Category, text: string, context: WordingContext): Severity {
  const rules = (HAS_HAN.test(text) ? ZH_ALL : EN_ALL).filter((r) => r.category === category && r.severityIn);
  return rules.map((r) => r.severityIn!(context)).find((s) => s !== 'error') ?? 'error';
}

/** The law a finding of the category rests on: that of the category's first rule in the sentence's language. */
function sourceOf(category: Category, chinese: boolean): string {
  return (chinese ? ZH_ALL : EN_ALL).find((r) => r.category === category)?.source ?? '';
}
