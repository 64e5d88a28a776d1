import { describe, expect, it } from 'vitest';
import { MAX_QUOTE, quoteSpan } from './quote.js';

const quote = (sentence: string, part: string) => {
  const start = sentence.indexOf(part);
  const q = quoteSpan(sentence, start, start + part.length);
  return sentence.slice(q.start, q.end);
};

describe('quoteSpan: a finding quotes whole words', () => {
  it('widens a match inside an English word to the word', () => {
    expect(quote('We will send the bailiffs round.', 'bailiff')).toBe('bailiffs');
    expect(quote('We will send the bailiffs round.', 'iffs rou')).toBe('bailiffs round');
  });

  it('widens a match inside a Chinese word to the words the segmenter cuts', () => {
    expect(quote('我们会告诉你的家人。', '的家')).toBe('的家人');
  });

  it('cuts a long quote at the last word end within the limit, not inside a word', () => {
    const sentence = 'We will tell your employer, your neighbours, your parents and everyone at your church about this debt.';
    const q = quote(sentence, sentence.slice(8, sentence.length - 1));
    expect(q.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(q).toBe('tell your employer, your neighbours');
  });
});
