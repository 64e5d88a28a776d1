import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { writeFileAtomic, writeFileAtomicSync } from './atomic-write.js';

describe('writeFileAtomic and writeFileAtomicSync', () => {
  const tempDir = useTempDir();

  it('write the bytes at the target, creating its folder, and leave no temporary file', async () => {
    const dir = tempDir();
    await writeFileAtomic(join(dir, 'a', 'letter.pdf'), new Uint8Array([1, 2, 3]));
    writeFileAtomicSync(join(dir, 'b', 'letter.docx'), 'PK text');
    expect([...readFileSync(join(dir, 'a', 'letter.pdf'))]).toEqual([1, 2, 3]);
    expect(readFileSync(join(dir, 'b', 'letter.docx'), 'utf8')).toBe('PK text');
    expect(readdirSync(join(dir, 'a'))).toEqual(['letter.pdf']);
    expect(readdirSync(join(dir, 'b'))).toEqual(['letter.docx']);
  });

  it('leave nothing behind when the rename fails (a folder stands at the target)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'letter.pdf', 'inside'), { recursive: true });
    expect(() => writeFileAtomicSync(join(dir, 'letter.pdf'), 'x')).toThrow();
    await expect(writeFileAtomic(join(dir, 'letter.pdf'), 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['letter.pdf']);
  });
});
