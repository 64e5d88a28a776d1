import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contextOf, readCorpus, type CorpusRow } from './corpus-score.js';
import { learn, predict, type Example, type LearnOptions, LEARN_DEFAULTS, type SoftmaxModel } from './model-learn.js';
import { sentenceFeatures, type FeatureOptions } from './model-features.js';
import { detect } from './detect.js';
import { knownCount, MIN_KNOWN_FEATURES, modelFindings, type GuardModel } from './model.js';
import { normalizeForGuard } from './normalize.js';
import { EN_ALL, ZH_ALL } from './rule-sets.js';
import { CROSS_RULES } from './rules-cross-sentence.js';
import { sentences } from './text-units.js';
import { CATEGORIES } from './types.js';

/** The model's classes: a lawful sentence, then each category. */
export const MODEL_CLASSES: readonly string[] = ['ok', ...CATEGORIES];

/** A corpus round: the files written together (`dev7-en.tsv` and `dev7-zh.tsv` are round `dev7`). */
export type Rounds = Map<string, CorpusRow[]>;

export function roundOf(file: string): string {
  return file.replace(/-(?:en|zh)\.tsv$/, '');
}

/** Every round of a corpus folder, in file-name order. */
export function readRounds(dir: string): Rounds {
  const rounds: Rounds = new Map();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    const round = roundOf(file);
    rounds.set(round, [...(rounds.get(round) ?? []), ...readCorpus(join(dir, file))]);
  }
  return rounds;
}

/**
 * A row with its features, computed once: those of the whole row, and those of each sentence as the guard
 * cuts the row at run time (the learnt layer reads one sentence at a time).
 */
export interface LabelledRow {
  row: CorpusRow;
  features: string[];
  units: string[][];
}

export function featurize(rows: readonly CorpusRow[], options: FeatureOptions): LabelledRow[] {
  return rows.map((row) => {
    const text = normalizeForGuard(row.text).text;
    const context = contextOf(row);
    const units = sentences(text).map((u) => sentenceFeatures(u.text, context, options));
    return { row, features: units.length === 1 ? units[0]! : sentenceFeatures(text, context, options), units };
  });
}

/**
 * The training examples of rows, as the guard reads text: each sentence of a lawful row is a lawful sentence;
 * an abusive row of one sentence is that sentence, and one of several sentences (a threat split in two) is
 * learnt whole, since which of them carries the abuse is not labelled.
 */
export const examples = (rows: readonly LabelledRow[]): Example[] =>
  rows.flatMap((r) =>
    r.row.label === 'ok' || r.units.length === 1
      ? r.units.map((features) => ({ features, label: r.row.label }))
      : [{ features: r.features, label: r.row.label }],
  );

/**
 * A row's score as the guard would see it: the highest of its sentences' scores, a sentence the model knows
 * fewer than MIN_KNOWN_FEATURES features of being left unjudged (0).
 */
export function rowScore(model: SoftmaxModel, row: LabelledRow): number {
  let best = 0;
  for (const features of row.units) {
    const { probs, known } = predict(model, features);
    if (knownCount(known) >= MIN_KNOWN_FEATURES) best = Math.max(best, 1 - probs[0]!);
  }
  return best;
}

/** Each row's score from a model trained on every other round (out-of-fold scores). */
export function outOfFoldScores(
  byRound: Map<string, LabelledRow[]>,
  always: readonly LabelledRow[] = [],
  options: LearnOptions = LEARN_DEFAULTS,
): Map<LabelledRow, number> {
  const out = new Map<LabelledRow, number>();
  for (const [round, rows] of byRound) {
    const training = [...byRound].filter(([r]) => r !== round).flatMap(([, rs]) => rs);
    const model = learn(examples([...training, ...always]), MODEL_CLASSES, options);
    for (const r of rows) out.set(r, rowScore(model, r));
  }
  return out;
}

/**
 * The lowest threshold at which at most `maxFalsePositives` (a fraction) of the lawful rows score at or above
 * it, on out-of-fold scores: chosen on the training rounds alone.
 */
export function chooseThreshold(scores: Map<LabelledRow, number>, maxFalsePositives: number): number {
  const lawful = [...scores]
    .filter(([r]) => r.row.label === 'ok')
    .map(([, s]) => s)
    .sort((a, b) => b - a);
  const allowed = Math.floor(lawful.length * maxFalsePositives);
  // Just above the (allowed+1)-th highest lawful score.
  const edge = lawful[allowed] ?? 0;
  return Math.min(0.99, Math.max(0.5, edge + 1e-6));
}

/** A category's figure: sentences and how many were caught (or, for `ok`, flagged). */
export type Tally = Record<string, { total: number; hit: number }>;

export interface RoundResult {
  round: string;
  threshold: number;
  /** Per category (and `ok`): total and caught (flagged for `ok`), for the model's score alone. */
  model: Tally;
  /** The same, for the model as the guard runs it: through the rules' lawful conditions and negations. */
  gated: Tally;
  /** Each row with the model's verdicts. */
  verdicts: Verdict[];
}

export interface Verdict {
  row: CorpusRow;
  score: number;
  /** The score is at or above the threshold. */
  flagged: boolean;
  /** The guard's learnt layer finds the row: flagged, and not cleared by a lawful condition or a negation. */
  gated: boolean;
}

/** Whether the learnt layer of the guard, with this model, finds an error in the text (the rules' own findings aside). */
export function learntLayerFinds(text: string, context: ReturnType<typeof contextOf>, guard: GuardModel): boolean {
  const normalized = normalizeForGuard(text).text;
  const units = sentences(normalized);
  const cleared = new Set<number>();
  detect(normalized, ZH_ALL, EN_ALL, context, units, CROSS_RULES, cleared);
  return modelFindings(units, context, cleared, guard).length > 0;
}

/**
 * Leave one round out: for each round, the model is trained on all the others and `alwaysTrained` (the
 * templates' sentences) — its threshold chosen by leave-one-round-out inside them — and scores the round left out.
 */
export function leaveOneRoundOut(
  rounds: Rounds,
  alwaysTrained: readonly CorpusRow[],
  features: FeatureOptions,
  maxFalsePositives: number,
  options: LearnOptions = LEARN_DEFAULTS,
  only?: readonly string[],
): RoundResult[] {
  const byRound = new Map([...rounds].map(([round, rows]) => [round, featurize(rows, features)]));
  const always = featurize(alwaysTrained, features);
  const results: RoundResult[] = [];
  for (const [round, rows] of byRound) {
    if (only && !only.includes(round)) continue;
    const training = new Map([...byRound].filter(([r]) => r !== round));
    const threshold = chooseThreshold(outOfFoldScores(training, always, options), maxFalsePositives);
    const model = learn(examples([...[...training.values()].flat(), ...always]), MODEL_CLASSES, options);
    const verdicts = rows.map((r) => {
      const score = rowScore(model, r);
      const gated = score >= threshold && learntLayerFinds(r.row.text, contextOf(r.row), { model, threshold, features });
      return { row: r.row, score, flagged: score >= threshold, gated };
    });
    const gated = verdicts.map((v) => ({ row: v.row, flagged: v.gated }));
    results.push({ round, threshold, model: tally(verdicts), gated: tally(gated), verdicts });
  }
  return results;
}

export function tally(verdicts: readonly { row: CorpusRow; flagged: boolean }[]): Tally {
  const t: Tally = {};
  for (const v of verdicts) {
    const cell = (t[v.row.label] ??= { total: 0, hit: 0 });
    cell.total++;
    if (v.flagged) cell.hit++;
  }
  return t;
}
