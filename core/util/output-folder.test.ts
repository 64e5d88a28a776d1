import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { makeFolder, OutputFolderError, removeFolders } from './output-folder.js';

const tempDir = useTempDir();

describe('an output folder', () => {
  it('is made level by level, and what was made can be removed again', async () => {
    const root = tempDir();
    const made = await makeFolder(join(root, 'a', 'b', 'c'));
    expect(made).toEqual([join(root, 'a'), join(root, 'a', 'b'), join(root, 'a', 'b', 'c')]);
    expect(await makeFolder(join(root, 'a', 'b'))).toEqual([]);
    await removeFolders(made);
    expect(existsSync(join(root, 'a'))).toBe(false);
  });

  it('is refused, naming the file in the way, when a file stands where a folder must be', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'report.pdf'), 'x');
    await expect(makeFolder(join(root, 'report.pdf', 'out'))).rejects.toMatchObject({
      code: 'output-folder',
      params: { reason: 'not-a-folder', blocker: join(root, 'report.pdf') },
    });
    await expect(makeFolder('/dev/null/x')).rejects.toMatchObject({ params: { reason: 'not-a-folder', blocker: '/dev/null' } });
  });

  it('is refused at once where the system takes no new folder (/proc), instead of retrying forever', async () => {
    const started = performance.now();
    await expect(makeFolder('/proc/nope/deeper')).rejects.toBeInstanceOf(OutputFolderError);
    await expect(makeFolder('/proc/nope')).rejects.toMatchObject({ params: { reason: 'cannot-create' } });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('is refused as "no permission" in a folder the user cannot write', async () => {
    const locked = join(tempDir(), 'locked');
    mkdirSync(locked, { mode: 0o500 });
    // Root writes where a folder's mode allows nothing, so there it is shown on sysfs, which refuses every new folder.
    const parent = process.getuid?.() === 0 ? '/sys' : locked;
    await expect(makeFolder(join(parent, 'casepack-test', 'out'))).rejects.toMatchObject({
      params: { reason: 'no-permission' },
    });
  });
});
