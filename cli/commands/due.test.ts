import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { useTempDir } from '../../test/support/temp-dir.js';

const tempDir = useTempDir();
const ENGLISH = 'examples/en-gb-unpaid-invoice/case.json';

describe('casepack due for an English case', () => {
  it('shows the posted Letter before claim as its stage and the claim due 30 days after it (Debt Protocol)', () => {
    const db = join(tempDir(), 'cases.db');
    expect(runCli(['import', ENGLISH, '--db', db]).status).toBe(0);
    const due = (asOf: string) => runCli(['due', '--all', '--as-of', asOf, '--db', db]);

    const before = due('2026-10-30');
    expect(before.status).toBe(0);
    const row = (text: string) =>
      text
        .split('\n')
        .find((l) => l.startsWith('1 '))!
        .split(/\s{2,}/)
        .slice(0, 6);
    expect(row(before.stdout)).toEqual([
      '1',
      'Daniel Okafor t/a Okafor Builders',
      expect.stringMatching(/^\d+\.\d\d$/),
      'letter-before-claim 2026-10-01',
      'suit (Claim (N1 / Money Claim Online))',
      '2026-10-31',
    ]);
    expect(before.stdout).not.toMatch(/reminder|催款函|Not started/);
    expect(row(due('2026-11-02').stdout)[5]).toBe('2026-10-31 DUE +2d');

    const json = JSON.parse(runCli(['due', '--all', '--json', '--as-of', '2026-11-02', '--db', db]).stdout);
    expect(json.cases).toEqual([
      expect.objectContaining({
        ladder: 'en-gb-debt',
        stage: 'letter-before-claim',
        stageOn: '2026-10-01',
        nextStep: 'suit',
        nextDueOn: '2026-10-31',
        due: true,
        daysOverdue: 2,
      }),
    ]);
  });
});
