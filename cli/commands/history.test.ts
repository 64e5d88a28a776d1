import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeCase } from '../../core/store/edit-case.js';
import { openStore } from '../../core/store/open.js';
import { runCli } from '../../test/support/cli.js';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();
const SALE = EXAMPLE_CASES.find((f) => f.includes('zh-sale-of-goods'))!;

describe('casepack history, undo, archive and delete', () => {
  it('list what changed, undo it, and shelve a case with a way back', () => {
    const db = join(tempDir(), 'casepack.db');
    expect(runCli(['import', SALE, '--db', db]).status).toBe(0);
    const store = openStore(db);
    changeCase(store, 1, (raw) => (raw.payments as unknown[]).push({ date: '2026-10-01', amount: '5000.00' }));
    store.close();
    const cli = (...args: string[]) => runCli([...args, '--db', db]);

    const history = cli('history', '1');
    expect(history.status).toBe(0);
    expect(
      history.stdout
        .split('\n')
        .slice(1)
        .map((l) => l.split(/\s{2,}/).filter(Boolean)),
    ).toEqual([
      ['2', expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/), 'edited', 'payments'],
      ['1', expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/), 'imported'],
      [],
    ]);
    expect(cli('undo', '1').stdout).toBe('case 1: back to revision 1 (saved as revision 3)\n');
    const again = cli('undo', '1');
    expect(again.status).toBe(1);
    expect(again.stderr.trim().split('\n')).toEqual(['error: case 1: nothing to undo (the case is as it was first stored)']);
    expect(cli('undo', '99')).toMatchObject({ status: 1, stderr: 'error: there is no case 99 (see `casepack list`)\n' });
    expect(cli('undo', '99', '--lang', 'zh')).toMatchObject({
      status: 1,
      stderr: '错误：没有编号为 99 的案件（见 casepack list）。\n',
    });
    expect(cli('undo', '1', '--lang', 'zh').stderr).toBe('错误：案件 1：没有可撤销的修改（案件仍是最初保存时的样子）。\n');
    expect(cli('history', '1', '--restore', '2').stdout).toBe('case 1: restored revision 2 as revision 4\n');
    expect(JSON.parse(cli('history', '1', '--json').stdout)[0]).toMatchObject({
      revision: 4,
      change: 'restored',
      restoredFrom: 2,
    });

    expect(cli('archive', '1').stdout).toBe('case 1: archived\n');
    expect(cli('list').stdout).toMatch(/^no cases in /);
    expect(cli('list', '--archived').stdout).toContain('CC-2024-0312');
    expect(cli('archive', '1', '--undo').stdout).toBe('case 1: taken out of the archive\n');
    const due = () => JSON.parse(cli('due', '--all', '--json', '--as-of', '2026-11-30').stdout).cases as unknown[];
    expect(due()).toEqual([expect.objectContaining({ id: 1, total: expect.stringMatching(/^\d+\.\d\d$/) })]);
    expect(cli('delete', '1').stdout).toBe('case 1: moved to the bin\n');
    expect(due()).toEqual([]);
    expect(cli('list', '--deleted').stdout).toContain('CC-2024-0312');
    expect(cli('delete', '1', '--undo').stdout).toBe('case 1: taken out of the bin\n');
    expect(cli('list').stdout).toContain('CC-2024-0312');
    const missing = cli('archive', '7');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no case with id 7/);
  });
});
