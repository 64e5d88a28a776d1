import { describe, expect, it } from 'vitest';
import { NO_LINE_END, NO_LINE_START } from '../documents/pdf/kinsoku.js';
import { textWidth } from '../documents/pdf/text-measure.js';
import { wrapText } from './text-wrap.js';

const PURPOSE = '证明被告（杭州明禾建材贸易有限公司）确认尚欠货款208,410.50元，并同意于合同JY-WY-2019-0602约定的期限内付款。';

describe('bundle text wrapping', () => {
  it('keeps 禁则 at every width: no line starts with a closing mark or ends with an opening one', () => {
    for (let width = 40; width <= 200; width += 7) {
      const lines = wrapText(PURPOSE, width, 'serif', 10, 'cjk');
      expect(lines.join('')).toBe(PURPOSE);
      for (const line of lines) {
        expect(textWidth('serif', line, 10, 'cjk')).toBeLessThanOrEqual(width + 0.01);
        expect(NO_LINE_START.has(line[0]!), `${width}: ${line}`).toBe(false);
        expect(NO_LINE_END.has(line.at(-1)!), `${width}: ${line}`).toBe(false);
      }
    }
  });

  it('keeps a contract number whole when it fits on a line', () => {
    const lines = wrapText(PURPOSE, 120, 'serif', 10, 'cjk');
    expect(lines.some((line) => line.includes('JY-WY-2019-0602'))).toBe(true);
  });

  it('breaks English at spaces and keeps line feeds and empty lines', () => {
    expect(wrapText('Statement of account\n\nsigned by the debtor', 80, 'serif', 10, 'latin')).toEqual([
      'Statement of',
      'account',
      '',
      'signed by the',
      'debtor',
    ]);
  });
});
