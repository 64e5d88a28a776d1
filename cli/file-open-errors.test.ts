import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test/support/cli.js';
import { useTempDir } from '../test/support/temp-dir.js';

const tempDir = useTempDir();

/** Each command that opens a file the user names, with that file missing (`FILE`) and a database where needed. */
const COMMANDS: [string, (file: string, db: string, out: string) => string[]][] = [
  ['calc', (f) => ['calc', f]],
  ['validate', (f) => ['validate', f]],
  ['letter', (f, _db, out) => ['letter', f, '--template', 'demand-letter', '--out', out]],
  ['bundle', (f, _db, out) => ['bundle', f, '--out', join(out, 'bundle.pdf')]],
  ['courier', (f, _db, out) => ['courier', f, '--mailing', 'm1', '--out', join(out, 'courier.pdf')]],
  ['fees', (f) => ['fees', f]],
  ['import', (f, db) => ['import', f, '--db', db]],
  ['rates import', (f, db) => ['rates', 'import', 'lpr', f.replace(/\.json$/, '.csv'), '--db', db]],
  ['restore', (f, db) => ['restore', f.replace(/\.json$/, '.zip'), '--db', db]],
  ['lint', (f) => ['lint', f.replace(/\.json$/, '.docx')]],
  ['preflight', (f) => ['preflight', f.replace(/\.json$/, '.pdf'), '--rules', 'cn']],
  ['verify', (f) => ['verify', f.replace(/\.json$/, '.pdf'), '--sources', '.']],
  ['tracking', (f, db) => ['tracking', f.replace(/\.json$/, '.csv'), '--db', db]],
];

/** What must never reach the user: a system error code, a stack line, an English word in a Chinese line. */
const API_NAMES = /\bE[A-Z]{3,}\b|\bat \w|Error\b/;

describe('a file the command cannot open is named in one line of the language asked for', () => {
  it.each(COMMANDS)('%s', (_name, args) => {
    const dir = tempDir();
    const db = join(dir, 'cases.db');
    expect(runCli(['import', 'examples/zh-sale-of-goods/case.json', '--db', db]).status).toBe(0);
    const file = join(dir, 'gone.json');
    for (const lang of ['zh', 'en']) {
      const result = runCli([...args(file, db, join(dir, 'out')), '--lang', lang]);
      const named = result.stderr.match(/\S*gone\.\w+/)?.[0];
      expect([result.status, result.stderr.split('\n').length]).toEqual([1, 2]);
      expect(named).toMatch(/gone\.(json|csv|zip|docx|pdf)$/);
      expect(result.stderr).not.toMatch(API_NAMES);
      const words = result.stderr.replace(named!, '').replace(/casepack \w+/g, '');
      if (lang === 'zh') expect(words).toMatch(/^错误：(无法读取|无法恢复备份) ：?.*(没有这个文件|无法读取该文件（请检查路径）)/);
      if (lang === 'zh') expect(words).not.toMatch(/[A-Za-z]{2,}/);
      else expect(words).toMatch(/^error: .*(no such file|not a readable file)/);
    }
  });

  it('says a folder given for a file is a folder, in either language', () => {
    const folder = join(tempDir(), 'rates');
    mkdirSync(folder);
    const db = join(tempDir(), 'cases.db');
    expect(runCli(['calc', folder, '--lang', 'zh']).stderr).toBe(`错误：无法读取 ${folder}：这是文件夹，不是文件。\n`);
    expect(runCli(['rates', 'import', 'lpr', folder, '--db', db, '--lang', 'en']).stderr).toBe(
      `error: ${folder}: cannot read the rates file: it is a folder, not a file\n`,
    );
  });
});
