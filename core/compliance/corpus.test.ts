import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus, scoreCorpus } from './corpus-score.js';

const DIR = join(import.meta.dirname, '../../test/compliance-corpus');
const files = (prefix: string) =>
  readdirSync(DIR)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.tsv'))
    .map((f) => join(DIR, f));
// The held-out split is reported by bench/wording-guard.bench.mjs, not tuned on, and so not asserted here.
const all = ['tune-', 'dev'].flatMap(files).flatMap(readCorpus);

describe('the wording-guard corpus (test/compliance-corpus)', () => {
  it('has at least 400 sentences in Chinese and English, abusive and lawful', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    const han = all.filter((r) => /[\u4e00-\u9fff]/.test(r.text));
    expect(han.length).toBeGreaterThan(150);
    expect(all.length - han.length).toBeGreaterThan(100);
    expect(all.filter((r) => r.label === 'ok').length).toBeGreaterThan(150);
  });

  it('meets the targets: recall at least 95%, false positives at most 3%', () => {
    const score = scoreCorpus(all);
    const recall = score.abusive.caught / score.abusive.total;
    const falsePositives = score.lawful.flagged / score.lawful.total;
    expect({ recall, missed: score.missed.map((r) => r.at) }).toMatchObject({
      recall: expect.toSatisfy((r: number) => r >= 0.95),
    });
    expect({ falsePositives, flagged: score.falsePositives.map((r) => r.at) }).toMatchObject({
      falsePositives: expect.toSatisfy((r: number) => r <= 0.03),
    });
  });
});
