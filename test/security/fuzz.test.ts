import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/project-root.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

describe('fuzzing the CLI with mutated fixtures', () => {
  it('answers 400 seeded inputs with exit 0 or 1 and one line, within time and memory', () => {
    const save = tempDir();
    const run = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'bench', 'fuzz.bench.mjs'), '--count', '400', '--seed', '7', '--save', save],
      { encoding: 'utf8', timeout: 170_000 },
    );
    // The figures (inputs, exits, slowest, peak RSS) and any failing input, saved under `save` for replay.
    console.log(run.stdout);
    expect(run.stdout).toMatch(/inputs 400 in .*failures 0/);
    expect(run.status).toBe(0);
  }, 180_000);
});
