import { describe, expect, it } from 'vitest';
import { letterPaths } from './letter-files.js';

describe('the files of a batch letter', () => {
  it('keep a trading name readable (t/a becomes ta) and replace what a file name may not hold', () => {
    expect(letterPaths('out', 12, 'Daniel Okafor t/a Okafor Builders', 'Letter before claim').base).toBe(
      '0012-Daniel Okafor ta Okafor Builders-Letter before claim',
    );
    expect(letterPaths('out', 3, 'A/B: Trading', '催款函').base).toBe('0003-A_B_ Trading-催款函');
  });
});
