import { readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { readZip } from '../util/read-zip.js';
import { writeZipFile } from './write-job-zip.js';

const tempDir = useTempDir();

describe('writeZipFile (a batch zip written from files on disk)', () => {
  it('writes every file under its name, text deflated and the rest stored', async () => {
    const dir = tempDir();
    const csv = 'a,b\n'.repeat(1000);
    writeFileSync(join(dir, '0'), csv);
    writeFileSync(join(dir, '1'), Buffer.from([0x25, 0x50, 0x44, 0x46, 1, 2, 3]));
    const target = join(dir, 'out.zip');
    await writeZipFile(target, [
      { name: 'ems.csv', file: join(dir, '0'), compress: true },
      { name: '0001-张三/催款函.pdf', file: join(dir, '1'), compress: false },
    ]);
    const bytes = await readFile(target);
    const files = readZip(bytes, 'out.zip');
    expect(Buffer.from(files.get('ems.csv')!).toString('utf8')).toBe(csv);
    expect([...files.get('0001-张三/催款函.pdf')!]).toEqual([0x25, 0x50, 0x44, 0x46, 1, 2, 3]);
    expect(bytes.length).toBeLessThan(csv.length); // the CSV was deflated
  });

  it('leaves nothing behind when a file cannot be read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '0'), 'x');
    const target = join(dir, 'out.zip');
    await expect(
      writeZipFile(target, [
        { name: 'a.pdf', file: join(dir, '0'), compress: false },
        { name: 'b.pdf', file: join(dir, 'missing'), compress: false },
      ]),
    ).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual(['0']);
  });
});
