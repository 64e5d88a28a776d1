import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test/support/cli.js';
import { EXAMPLE_CASES } from '../test/support/examples.js';
import { useTempDir } from '../test/support/temp-dir.js';

const tempDir = useTempDir();

describe('casepack command', () => {
  it('prints its version and help', () => {
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['validate', 'import', 'export', 'list']) expect(help.stdout).toContain(command);
  });

  it.each(EXAMPLE_CASES)('validates %s', (file) => {
    const result = runCli(['validate', file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('exits 1 naming the file and the field of bad input (as people name it, not its JSON path)', () => {
    const file = join(tempDir(), 'case.json');
    const data = JSON.parse(readFileSync(EXAMPLE_CASES[0]!, 'utf8')) as { debtors: { role: string }[] };
    data.debtors[0]!.role = 'borrower';
    writeFileSync(file, JSON.stringify(data));
    const result = runCli(['validate', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain('debtor 1, role: expected debtor|guarantor, got "borrower"');
    expect(result.stderr).not.toContain('debtors[0]');
  });

  it('refuses a database file that does not exist rather than making an empty one, in the language asked for', () => {
    const typo = join(tempDir(), 'cses.db');
    expect(runCli(['list', '--db', typo])).toMatchObject({
      status: 1,
      stderr: `error: there is no database at ${typo} (check the --db path; \`casepack import\` makes one)\n`,
    });
    expect(runCli(['list', '--db', typo, '--lang', 'zh'])).toMatchObject({
      status: 1,
      stderr: `错误：没有找到数据库 ${typo}：请检查 --db 的路径（casepack import 会新建数据库）。\n`,
    });
    for (const command of [['history', '1'], ['outputs', '1'], ['due'], ['export', '1', '--out', join(tempDir(), 'x')]])
      expect(runCli([...command, '--db', typo]).status).toBe(1);
    expect(existsSync(typo)).toBe(false);
  });

  it('exits 2 on bad usage', () => {
    expect(runCli(['validate']).status).toBe(2);
    expect(runCli(['no-such-command']).status).toBe(2);
    expect(runCli(['export', 'abc', '--out', 'x']).status).toBe(2);
  });

  it('imports, lists and exports with --db, and uses the data folder without it', () => {
    const dir = tempDir();
    const db = join(dir, 'cases.db');
    for (const file of EXAMPLE_CASES) expect(runCli(['import', file, '--db', db]).status).toBe(0);
    const list = runCli(['list', '--db', db, '--json']);
    expect(list.status).toBe(0);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(EXAMPLE_CASES.length);

    const exported = runCli(['export', '1', '--db', db, '--out', join(dir, 'out')]);
    expect(exported.status).toBe(0);
    expect(runCli(['validate', join(dir, 'out', 'case.json')]).status).toBe(0);
    expect(runCli(['export', '99', '--db', db, '--out', join(dir, 'none')])).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('no case with id 99'),
    });
    expect(existsSync(join(dir, 'none'))).toBe(false);

    const dataDir = join(dir, 'data');
    expect(runCli(['import', EXAMPLE_CASES[0]!], { env: { CASEPACK_DATA_DIR: dataDir } }).status).toBe(0);
    expect(existsSync(join(dataDir, 'casepack.db'))).toBe(true);
    expect(runCli(['list'], { env: { CASEPACK_DATA_DIR: dataDir } }).stdout).toContain('1');
  });
});
