import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELD_OUT_ROUNDS, readCorpus, scoreCorpus } from './corpus-score.js';

const DIR = join(import.meta.dirname, '../../test/compliance-corpus');
const corpusFiles = readdirSync(DIR).filter((f) => f.endsWith('.tsv'));
const heldOutPrefix = (f: string) => Object.keys(HELD_OUT_ROUNDS).find((prefix) => f.startsWith(prefix));
const tuned = corpusFiles.filter((f) => !heldOutPrefix(f)).flatMap((f) => readCorpus(join(DIR, f)));

describe('the wording-guard corpus (test/compliance-corpus)', () => {
  it('has at least 400 tuned sentences in Chinese and English, abusive and lawful', () => {
    expect(tuned.length).toBeGreaterThanOrEqual(400);
    const han = tuned.filter((r) => /[\u4e00-\u9fff]/.test(r.text));
    expect(han.length).toBeGreaterThan(150);
    expect(tuned.length - han.length).toBeGreaterThan(100);
    expect(tuned.filter((r) => r.label === 'ok').length).toBeGreaterThan(150);
  });

  // Since round 13 (2026-12-02) the tuned splits are no longer all caught: 75 abusive sentences of 2,731 are
  // missed (most of them dressed-up documents with no fact of the case, which the learnt layer no longer names
  // without one), and one lawful sentence of 2,226 is flagged (dev13d-zh:329, where 心里有数 follows a promise
  // not to tell: the veiled-threat rule cannot tell the two apart). The measured figures are held.
  it('catches the tuned splits at their measured recall and false positives', () => {
    const score = scoreCorpus(tuned);
    expect(score.abusive.caught).toBeGreaterThanOrEqual(2656);
    expect(score.lawful.flagged).toBeLessThanOrEqual(1);
  });

  // Held-out rounds have not been read since they were scored; these are the figures measured on them
  // (README.md), held so that a change cannot make them worse unnoticed.
  for (const [prefix, measured] of Object.entries(HELD_OUT_ROUNDS)) {
    it(`holds the unread round ${prefix.replace(/-$/, '')} at its measured recall and false positives`, () => {
      const rows = corpusFiles.filter((f) => f.startsWith(prefix)).flatMap((f) => readCorpus(join(DIR, f)));
      expect(rows.filter((r) => r.label !== 'ok').length).toBe(measured.abusive);
      expect(rows.filter((r) => r.label === 'ok').length).toBe(measured.lawful);
      const score = scoreCorpus(rows);
      expect(score.abusive.caught).toBeGreaterThanOrEqual(measured.caught);
      expect(score.lawful.flagged).toBeLessThanOrEqual(measured.flagged);
    });
  }
});
