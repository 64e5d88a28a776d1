import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();
const ENGLISH = 'examples/en-gb-unpaid-invoice/case.json';
const SALE = 'examples/zh-sale-of-goods/case.json';

describe('casepack letters: the exit code says whether every selected case got its letter', () => {
  it('exits 1 naming the English case whose ladder has no 催款函, and 0 when every case got its letter', () => {
    const dir = tempDir();
    const db = join(dir, 'cases.db');
    for (const file of [ENGLISH, SALE]) expect(runCli(['import', file, '--db', db]).status).toBe(0);
    const letters = (...cases: string[]) =>
      runCli([
        'letters',
        '--step',
        'demand-letter',
        '--case',
        ...cases,
        '--as-of',
        '2026-11-30',
        '--no-mail',
        '--out',
        join(dir, 'out'),
        '--db',
        db,
      ]);

    const both = letters('1', '2');
    expect(both.status).toBe(1);
    expect(both.stdout).toContain('1 letter(s) written');
    expect(both.stdout).toMatch(/^not made: case 1 Harbour Lane .+: demand-letter is not a step of its ladder/m);

    const chinese = letters('2');
    expect(chinese.stdout).toContain('1 letter(s) written');
    expect(chinese.status).toBe(0);
  });
});
