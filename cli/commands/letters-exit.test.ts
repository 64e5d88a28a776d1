import { readdirSync } from 'node:fs';
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
    // Dated before the sale's judgment takes effect (2026-09-15), when its 催款函 is still the step.
    const letters = (...cases: string[]) =>
      runCli([
        'letters',
        '--step',
        'demand-letter',
        '--case',
        ...cases,
        '--as-of',
        '2026-09-14',
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

  it('names the case whose judgment is in force on the letter date, writes nothing for it, and exits 1', () => {
    const dir = tempDir();
    const db = join(dir, 'cases.db');
    expect(runCli(['import', SALE, '--db', db]).status).toBe(0);
    const out = join(dir, 'out');
    const args = ['letters', '--step', 'demand-letter', '--case', '1', '--no-mail', '--out', out, '--db', db];
    const after = runCli([...args, '--as-of', '2026-09-15']);
    expect(after.status).toBe(1);
    expect(after.stdout).toContain('0 letter(s) written');
    expect(after.stdout).toMatch(
      /^failed: case 1 .+: demand-letter: the case holds a judgment \(（2026）浙0105民初4521号\) in force since 2026-09-15/m,
    );
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });
});
