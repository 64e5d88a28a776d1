/**
 * Multinomial logistic regression (softmax) over sparse binary features, trained by stochastic gradient descent
 * in a fixed order: the same examples give the same weights, bit for bit, on any machine running the same
 * JavaScript engine arithmetic (IEEE doubles, no threads).
 */

export interface Example {
  features: readonly string[];
  label: string;
}

/** A trained model: for each feature, one weight per class. */
export interface SoftmaxModel {
  classes: string[];
  bias: number[];
  weights: Map<string, Float64Array>;
}

export interface LearnOptions {
  /** A feature seen in fewer training examples than this is dropped (it cannot be learnt, only memorised). */
  minCount: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty per epoch. */
  l2: number;
}

export const LEARN_DEFAULTS: LearnOptions = { minCount: 2, epochs: 30, learningRate: 0.5, l2: 0.002 };

/** Where example `i` comes in the visiting order of an epoch: a fixed scramble (a multiplicative hash). */
function scramble(i: number, epoch: number): number {
  return (Math.imul(i + 1, 2654435761) ^ Math.imul(epoch + 1, 0x9e3779b1)) >>> 0;
}

export function learn(
  examples: readonly Example[],
  classes: readonly string[],
  options: LearnOptions = LEARN_DEFAULTS,
): SoftmaxModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts]
    .filter(([, n]) => n >= options.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const C = classes.length;
  const w = new Float64Array(vocab.length * C);
  const bias = new Float64Array(C);
  const rows = examples.map((e) => {
    const at = Int32Array.from(e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
    return { at, x: at.length > 0 ? 1 / Math.sqrt(at.length) : 0, y: classes.indexOf(e.label) };
  });
  const order = rows.map((_, i) => i);
  const p = new Float64Array(C);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    order.sort((a, b) => scramble(a, epoch) - scramble(b, epoch) || a - b);
    const rate = options.learningRate / (1 + epoch / 10);
    for (const r of order) {
      const { at, x, y } = rows[r]!;
      logits(w, bias, at, x, C, p);
      softmaxInPlace(p);
      for (let c = 0; c < C; c++) {
        const g = rate * (p[c]! - (c === y ? 1 : 0));
        bias[c]! -= g;
        for (const f of at) w[f * C + c]! -= g * x;
      }
    }
    const keep = 1 - rate * options.l2;
    for (let k = 0; k < w.length; k++) w[k]! *= keep;
  }
  const weights = new Map(vocab.map((f, i) => [f, w.slice(i * C, (i + 1) * C)]));
  return { classes: [...classes], bias: [...bias], weights };
}

function logits(w: Float64Array, bias: Float64Array, at: Int32Array, x: number, C: number, out: Float64Array): void {
  for (let c = 0; c < C; c++) out[c] = bias[c]!;
  for (const f of at) for (let c = 0; c < C; c++) out[c]! += w[f * C + c]! * x;
}

export function softmaxInPlace(p: Float64Array | number[]): void {
  let max = -Infinity;
  for (const v of p) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < p.length; c++) sum += p[c] = Math.exp(p[c]! - max);
  for (let c = 0; c < p.length; c++) p[c]! /= sum;
}

/** Class probabilities of one example under the model, and each known feature's share of each class's logit. */
export function predict(model: SoftmaxModel, features: readonly string[]): { probs: number[]; known: string[] } {
  const known: string[] = [];
  const rows: Float64Array[] = [];
  for (const f of features) {
    const wf = model.weights.get(f);
    if (!wf) continue;
    known.push(f);
    rows.push(wf);
  }
  const x = known.length > 0 ? 1 / Math.sqrt(known.length) : 0;
  const p = [...model.bias];
  for (const wf of rows) for (let c = 0; c < p.length; c++) p[c]! += wf[c]! * x;
  softmaxInPlace(p);
  return { probs: p, known };
}
