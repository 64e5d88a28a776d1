import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../core/project-root.js';

/** Production source files (tests excluded) of the folders that hold code. */
function sourceFiles(): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(full);
      } else if (/\.(ts|tsx|mts)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        files.push({ path: relative(PROJECT_ROOT, full), text: readFileSync(full, 'utf8') });
      }
    }
  };
  for (const dir of ['core', 'cli', 'electron', 'renderer/src', 'scripts']) walk(join(PROJECT_ROOT, dir));
  return files;
}

const offending = (pattern: RegExp, allowedUnder: string | null = null) =>
  sourceFiles()
    .filter((f) => (allowedUnder === null || !f.path.startsWith(allowedUnder)) && pattern.test(f.text))
    .map((f) => f.path);

describe('one place for each fact', () => {
  it('counts days only in core/dates', () => {
    // Milliseconds per day, Date.UTC day arithmetic, the days-from-civil constants, or Date day stepping.
    const dayArithmetic = /Date\.UTC\(|86_?400_?000|719_?468|146_?097|\.set(UTC)?Date\(/;
    expect(offending(dayArithmetic, 'core/dates/')).toEqual([]);
  });

  it("never decides that nothing is owed by comparing text with '0.00'", () => {
    expect(offending(/[!=]==?\s*['"`]0\.00['"`]|['"`]0\.00['"`]\s*[!=]==?/)).toEqual([]);
  });

  it('writes amounts in words only through money/amount-in-words', () => {
    expect(offending(/\b(cnyWords|englishWords)\(/, 'core/money/')).toEqual([]);
  });
});
