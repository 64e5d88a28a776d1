import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HELD_OUT_ROUNDS, type CorpusRow } from './corpus-score.js';
import { sentences } from './text-units.js';
import { learn, type SoftmaxModel } from './model-learn.js';
import { chooseThreshold, examples, featurize, MODEL_CLASSES, outOfFoldScores, readRounds } from './model-evaluate.js';
import { MODEL_FEATURES, type StoredModel } from './model-format.js';

/**
 * The most lawful sentences, as a fraction, that the model alone may flag on rounds it was not trained on: the
 * threshold is the score above which no more than this share of the lawful sentences of the training rounds
 * fall when each round is scored by a model trained on the others.
 */
export const MAX_MODEL_FALSE_POSITIVES = 0.03;

const round4 = (x: number) => Math.round(x * 1e4) / 1e4 || 0;

/**
 * Trains the learnt layer on every round of the corpus folder except those held out (HELD_OUT_ROUNDS stay
 * unseen, so their figures remain honest), with its threshold chosen by leave-one-round-out on the training
 * rounds. Deterministic: the same corpus gives the same file.
 */
export function trainGuardModel(corpusDir: string, templatesDir: string): StoredModel {
  const held = Object.keys(HELD_OUT_ROUNDS).map((prefix) => prefix.replace(/-$/, ''));
  const rounds = [...readRounds(corpusDir)].filter(([round]) => !held.includes(round));
  const byRound = new Map(rounds.map(([round, rows]) => [round, featurize(rows, MODEL_FEATURES)]));
  const always = featurize(templateSentences(templatesDir), MODEL_FEATURES);
  const threshold = chooseThreshold(outOfFoldScores(byRound, always), MAX_MODEL_FALSE_POSITIVES);
  return store(learn(examples([...byRound.values(), always].flat()), MODEL_CLASSES), [...byRound.keys(), 'templates'], threshold);
}

const ACKNOWLEDGMENT_TEMPLATES = ['debt-acknowledgment', 'repayment-agreement'];
const TEMPLATE_FIELDS = { zh: ['某某', '杭州某某建材贸易有限公司'], en: ['Smith', 'Harbour Lane Joinery Ltd', 'Jane Doe'] };

/**
 * The sentences of the shipped letter templates (templates/<locale>/<id>/template.txt), as lawful examples:
 * the guard runs on every letter made from them, headings, table rows and all. Template tags are dropped and
 * each field is a placeholder (a person's name, then a company's); each sentence once, in file order.
 */
export function templateSentences(templatesDir: string): CorpusRow[] {
  const seen = new Set<string>();
  const out: CorpusRow[] = [];
  for (const locale of readdirSync(templatesDir).sort()) {
    if (!existsSync(join(templatesDir, locale)) || locale.includes('.')) continue;
    for (const id of readdirSync(join(templatesDir, locale)).sort()) {
      const file = join(templatesDir, locale, id, 'template.txt');
      if (!existsSync(file)) continue;
      // An acknowledgment is checked as one (its headings and terms with the fact `acknowledgment`).
      const facts = ACKNOWLEDGMENT_TEMPLATES.includes(id) ? ['acknowledgment'] : [];
      const template = readFileSync(file, 'utf8').replace(/\{%[^%]*%\}/g, '');
      // Each field once as a person's name and once as a company's: a letter names both, and a company name
      // (有限公司, Ltd) must not read as the creditor posing as a court.
      for (const field of TEMPLATE_FIELDS[locale === 'zh-CN' ? 'zh' : 'en']) {
        const text = template.replace(/\{\{[^}]*\}\}/g, field);
        for (const sentence of sentences(text)) {
          if (seen.has(sentence.text)) continue;
          seen.add(sentence.text);
          out.push({ label: 'ok', register: 'template', text: sentence.text, facts, at: `${locale}/${id}` });
        }
      }
    }
  }
  return out;
}

function store(model: SoftmaxModel, rounds: string[], threshold: number): StoredModel {
  const weights: Record<string, number[]> = {};
  for (const [feature, w] of model.weights) {
    const rounded = [...w].map(round4);
    if (rounded.some((x) => x !== 0)) weights[feature] = rounded;
  }
  return { rounds, classes: model.classes, threshold: round4(threshold), bias: model.bias.map(round4), weights };
}

/** The stored file's text: one feature a line, so that a retrained model's changes read as a diff. */
export function storedModelText(model: StoredModel): string {
  const { weights, ...head } = model;
  const lines = Object.entries(weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  const top = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`);
  return `{\n${top.join('')}  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}
