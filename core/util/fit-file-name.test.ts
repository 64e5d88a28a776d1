import { describe, expect, it } from 'vitest';
import { fitFileName, MAX_NAME_BYTES } from './fit-file-name.js';

const bytes = (s: string) => Buffer.byteLength(s);

describe('file names', () => {
  it('are kept when they fit', () => {
    expect(fitFileName('合同.pdf')).toBe('合同.pdf');
  });

  it('are cut by bytes at a whole character, keeping the extension', () => {
    const name = `${'欠'.repeat(100)}.pdf`; // 304 bytes
    const fitted = fitFileName(name);
    expect(fitted).toBe(`${'欠'.repeat(65)}.pdf`);
    expect(bytes(fitted)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(fitFileName('ab😀😀.png', 11)).toBe('ab😀.png');
    expect(fitFileName('e\u0301e\u0301e\u0301.txt', 9)).toBe('e\u0301.txt');
    expect(fitFileName('x'.repeat(300))).toBe('x'.repeat(MAX_NAME_BYTES));
  });
});
