import { describe, expect, it } from 'vitest';
import { checkWording } from './check-wording.js';
import { normalizeForGuard } from './normalize.js';

const errors = (text: string) =>
  checkWording(text)
    .filter((f) => f.severity === 'error')
    .map((f) => ({ category: f.category, words: f.words, index: f.index }));

describe('normalizeForGuard: a word split to slip past a word list reads as the word', () => {
  it.each([
    ['老 赖', '老赖'],
    ['老\u200b赖', '老赖'],
    ['老.赖', '老赖'],
    ['失\u3000信', '失信'],
    ['b\u200bailiffs', 'bailiffs'],
    ['ＦＢＩ１２', 'FBI12'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForGuard(input).text).toBe(expected);
  });

  it.each(['你好 John，', '2026-01-01', '请于三日内付款...否则我司将起诉。', '第一行\n第二行'])(
    'leaves %j as it is: line breaks, an ellipsis, spaces beside Latin words',
    (input) => {
      expect(normalizeForGuard(input).text).toBe(input);
    },
  );

  it('maps offsets of the normalised text back to the text as written', () => {
    const n = normalizeForGuard('你是 老 赖。');
    expect(n.text).toBe('你是老赖。');
    expect(n.original(2)).toBe(3);
    expect(n.original(3)).toBe(5);
  });
});

describe('checkWording reads the normalised text and quotes the text as written', () => {
  it('finds an insult with a space or a zero-width character inside it, and quotes it whole', () => {
    expect(errors('你就是个老 赖')).toEqual([{ category: 'insult', words: '老 赖', index: 4 }]);
    expect(errors('你就是个老\u200b赖')).toEqual([{ category: 'insult', words: '老\u200b赖', index: 4 }]);
  });

  it('does not find the word in lawful wording just because spaces were dropped', () => {
    expect(errors('如 有 疑 问，请 联 系 我 司。')).toEqual([]);
  });
});
