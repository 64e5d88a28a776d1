import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCase } from '../../core/calc/case-fixture.js';
import { runCli } from '../../test/support/cli.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();

/** 100,000 due 2026-01-31 at 1.5 × the floating LPR on a 360-day year. */
function lprCase(dir: string): string {
  const file = join(dir, 'case.json');
  const data = makeCase({
    claims: [{ id: 'c1', description: '货款', amount: '100000.00', dueDate: '2026-01-31' }],
    lateCharge: { kind: 'lpr', multiplier: '1.5', basis: 360, mode: 'floating' },
  });
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('casepack rates', () => {
  it('adds, imports and lists values, and calc uses them from the same database', () => {
    const dir = tempDir();
    const db = join(dir, 'casepack.db');
    const env = { CASEPACK_DATA_DIR: dir }; // the default database is this folder's
    const calc = () => JSON.parse(runCli(['calc', lprCase(dir), '--as-of', '2026-04-30', '--json'], { env }).stdout);
    // 4.5% for 89 days: 100000 × 0.045 × 89/360 = 1112.50, with the missing period named.
    expect(calc()).toMatchObject({ lateCharge: '1112.50' });
    expect(calc().warnings[0]).toMatch(/^no 1-year LPR is recorded from 2026-02-20 to 2026-04-30/);

    const added = runCli(['rates', 'add', 'lpr', '2026-03-20', '2.8%', '--source', 'chinamoney', '--db', db]);
    expect([added.status, added.stdout.trim()]).toEqual([0, 'added lpr 2.8% from 2026-03-20']);
    const csv = join(dir, 'lpr.csv');
    writeFileSync(csv, 'date,rate,source\n2026-04-20,2.8,chinamoney\n');
    expect(runCli(['rates', 'import', 'lpr', csv, '--db', db]).stdout.trim()).toBe(`added 1 lpr value(s) from ${csv}`);
    // 587.50 at 4.5% to 03-19, 490.00 at 4.2% from 03-20; nothing left missing.
    expect(calc()).toMatchObject({ lateCharge: '1077.50', total: '101077.50', warnings: [] });
    const listed = runCli(['rates', 'list', '--db', db]).stdout;
    expect(listed).toContain('lpr (1-year LPR): bundled data complete through 2026-02-19, last value 3% from 2025-05-20');
    expect(listed).toMatch(/2026-03-20\s+2\.8\s+chinamoney/);
    expect(runCli(['rates', 'remove', 'lpr', '2026-04-20', '--db', db]).status).toBe(0);
    expect(calc().warnings[0]).toMatch(/^no 1-year LPR is recorded from 2026-04-20 to 2026-04-30/);
  });

  it('refuses a bad file with one line naming the row and the field, exit 1, and keeps nothing', () => {
    const dir = tempDir();
    const db = join(dir, 'casepack.db');
    const csv = join(dir, 'rates.csv');
    writeFileSync(csv, 'date,rate,source\n2026-03-20,2.8,chinamoney\n2026-04-20,28,chinamoney\n');
    const bad = runCli(['rates', 'import', 'lpr', csv, '--db', db]);
    expect([bad.status, bad.stdout]).toEqual([1, '']);
    expect(bad.stderr).toBe(
      'error: rates.csv row 3, rate: 28% is outside 1%–20% for the 1-year LPR (the value is in percent: 3.05 for 3.05%)\n',
    );
    expect(runCli(['rates', 'list', '--db', db, '--json']).stdout).toContain('"added": []');
    const future = runCli(['rates', 'add', 'boe', '2099-01-01', '3.5', '--source', 'x', '--db', db]);
    expect([future.status, future.stderr.split('\n').length]).toEqual([1, 2]);
    expect(future.stderr).toMatch(/^error: date: 2099-01-01 is after today/);
    // Bad usage (an unknown series, a missing source) is exit 2.
    expect(runCli(['rates', 'add', 'euribor', '2026-03-20', '2.8', '--source', 'x', '--db', db]).status).toBe(2);
    expect(runCli(['rates', 'add', 'lpr', '2026-03-20', '2.8', '--db', db]).status).toBe(2);
  });
});
