import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/project-root.js';

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: { name: string }[];
}

/** The layer rules of .dependency-cruiser.cjs (drawn in docs/architecture.md), over every source folder. */
function cruise(): Violation[] {
  const run = spawnSync(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'),
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'json',
      'core',
      'cli',
      'electron',
      'renderer/src',
      'test',
    ],
    { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  expect(run.error).toBeUndefined();
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('layers (dependency-cruiser)', () => {
  it('finds no import against the layer rules and no cycle', { timeout: 300_000 }, () => {
    const found = cruise();
    expect(found.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });
});
