import type { FeatureOptions } from './model-features.js';

/**
 * The learnt layer's features: the words themselves (character n-grams, segmented words, English words and
 * pairs, English character 4-grams) and the case's facts, not the lexicon concepts — those were written while reading every corpus round,
 * so a model that leans on them cannot be measured on a round left out (docs/compliance.md).
 */
export const MODEL_FEATURES: FeatureOptions = { concepts: false, enChars: [4] };

/** The shipped model as stored in data/guard-model.json. */
export interface StoredModel {
  /** The corpus rounds it was trained on. */
  rounds: string[];
  classes: string[];
  threshold: number;
  bias: number[];
  weights: Record<string, number[]>;
}
