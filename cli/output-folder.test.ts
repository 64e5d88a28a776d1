import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../core/project-root.js';
import { useTempDir } from '../test/support/temp-dir.js';

const tempDir = useTempDir();
const CASE = join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json');

/** Every command with --out, writing under `out` (a folder for letter/letters, a file or new folder for the rest). */
function commands(out: string, db: string): string[][] {
  return [
    ['letter', CASE, '--template', 'demand-letter', '--out', out],
    ['bundle', CASE, '--out', join(out, 'bundle.pdf')],
    ['courier', CASE, '--mailing', 'm1', '--reconstruct', '--out', join(out, 'courier.pdf')],
    ['export', '1', '--db', db, '--out', join(out, 'case')],
    ['backup', '--db', db, '--out', join(out, 'backup.zip')],
    ['outputs', '1', '--db', db, '--save', '1', '--out', join(out, 'letter.pdf')],
    ['letters', '--db', db, '--step', 'demand-letter', '--out', out],
  ];
}

function run(args: string[], lang: string) {
  const env = { ...process.env, LANG: lang, LC_ALL: '' };
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'cli', 'casepack.js'), ...args], {
    encoding: 'utf8',
    env,
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr, timedOut: result.error !== undefined };
}

describe('casepack <command> --out where nothing can be written', () => {
  it('refuses under /proc at once (no endless retry), one line naming the folder, exit 1', () => {
    const db = join(tempDir(), 'c.db');
    for (const args of commands('/proc/nope', db)) {
      const result = run(args, 'C.UTF-8');
      expect(result.timedOut, args[0]).toBe(false);
      expect(result.status, args[0]).toBe(1);
      expect(result.stderr, args[0]).toMatch(
        /^error: cannot create the folder \/proc\/nope: this place does not take new folders; choose another folder\n$/,
      );
    }
    expect(existsSync(db)).toBe(false);
  });

  it('refuses under a file (/dev/null/x), naming the file in the way, in English or Chinese, no raw ENOTDIR', () => {
    const db = join(tempDir(), 'c.db');
    for (const args of commands('/dev/null/x', db)) {
      const en = run(args, 'C.UTF-8');
      expect(en.status, args[0]).toBe(1);
      expect(en.stderr, args[0]).toMatch(
        /^error: cannot write to \/dev\/null\/x: \/dev\/null is a file, not a folder; choose another folder\n$/,
      );
      if (args[0] !== 'letter' && args[0] !== 'backup') continue;
      const zh = run(args, 'zh_CN.UTF-8');
      expect(zh.stderr, args[0]).toBe('错误：无法写入 /dev/null/x：/dev/null 是文件，不是文件夹；请另选一个文件夹。\n');
    }
  });

  it('leaves no folder behind when the command fails after making it', () => {
    const out = join(tempDir(), 'new', 'letters');
    const result = run(['letter', CASE, '--template', 'no-such-template', '--out', out], 'C.UTF-8');
    expect(result.status).toBe(1);
    expect(existsSync(join(out, '..'))).toBe(false);
  });
});
