import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus, scoreCorpus } from './corpus-score.js';

const DIR = join(import.meta.dirname, '../../test/compliance-corpus');
const files = (prefix: string) =>
  readdirSync(DIR)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.tsv'))
    .map((f) => join(DIR, f));
const tuned = ['tune-', 'dev'].flatMap(files).flatMap(readCorpus);
const heldOut = files('holdout5-').flatMap(readCorpus);

describe('the wording-guard corpus (test/compliance-corpus)', () => {
  it('has at least 400 tuned sentences in Chinese and English, abusive and lawful', () => {
    expect(tuned.length).toBeGreaterThanOrEqual(400);
    const han = tuned.filter((r) => /[\u4e00-\u9fff]/.test(r.text));
    expect(han.length).toBeGreaterThan(150);
    expect(tuned.length - han.length).toBeGreaterThan(100);
    expect(tuned.filter((r) => r.label === 'ok').length).toBeGreaterThan(150);
  });

  it('catches every abusive sentence of the tuned splits and flags no lawful one', () => {
    const score = scoreCorpus(tuned);
    expect(score.missed.map((r) => `${r.at} ${r.text}`)).toEqual([]);
    expect(score.falsePositives.map((r) => `${r.at} ${r.text}`)).toEqual([]);
  });

  // Round 5 has never been read or tuned on; these are the figures measured on it (README.md), far below the
  // targets, held so that a change cannot make them worse unnoticed.
  it('holds the unread round 5 at its measured recall and false positives', () => {
    expect(heldOut.filter((r) => r.label !== 'ok').length).toBe(41);
    expect(heldOut.filter((r) => r.label === 'ok').length).toBe(34);
    const score = scoreCorpus(heldOut);
    expect(score.abusive.caught).toBeGreaterThanOrEqual(21);
    expect(score.lawful.flagged).toBeLessThanOrEqual(1);
  });
});
