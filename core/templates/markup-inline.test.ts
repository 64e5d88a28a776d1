import { describe, expect, it } from 'vitest';
import { parseInline } from './markup-inline.js';

describe('parseInline', () => {
  it('reads **bold** and __underlined__ runs', () => {
    expect(parseInline('pay **£10** by __Friday__')).toEqual([
      { text: 'pay ' },
      { text: '£10', bold: true },
      { text: ' by ' },
      { text: 'Friday', underline: true },
    ]);
  });

  it('keeps a blank of three or more underscores as text to fill in, wherever it is in the line', () => {
    expect(parseInline('I offer £ ________ every ________, from ___')).toEqual([
      { text: 'I offer £ ________ every ________, from ___' },
    ]);
    expect(parseInline('advice from: ______, by __date__')).toEqual([
      { text: 'advice from: ______, by ' },
      { text: 'date', underline: true },
    ]);
  });
});
