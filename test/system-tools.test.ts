import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../core/project-root.js';
import { PDF_READERS } from './support/pdf-tools.js';
import { DEBIAN_PACKAGES, inCi, pathOf, type SystemTool } from './support/system-tools.js';
import { useTempDir } from './support/temp-dir.js';

const tempDir = useTempDir();
const packages = [...new Set(Object.values(DEBIAN_PACKAGES))].sort();

/**
 * Runs the letter PDF read-back test file in a fresh Vitest, with a PATH holding every PDF reader but mutool,
 * and a config without the build step (the file fails or skips while it is collected, before any build).
 */
function readBackWithoutMutool(ci: boolean): { status: number | null; output: string } {
  const dir = tempDir();
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const tool of PDF_READERS.filter((t) => t !== 'mutool')) {
    const path = pathOf(tool);
    if (path) symlinkSync(path, join(bin, tool));
  }
  const config = join(dir, 'vitest.config.mjs');
  writeFileSync(config, 'export default { test: { include: ["core/documents/pdf/render-pdf.test.ts"] } };\n');
  const env = { ...process.env };
  delete env.CI;
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--root', PROJECT_ROOT, '--config', config],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...env, ...(ci ? { CI: 'true' } : {}), PATH: bin, NO_COLOR: '1' },
      timeout: 120_000,
    },
  );
  return { status: result.status, output: stripVTControlCharacters(result.stdout + result.stderr) };
}

describe('tests that need a system tool', () => {
  it('fail under CI=true when mutool is missing, naming the Debian package', () => {
    const { status, output } = readBackWithoutMutool(true);
    expect(output).toContain('mutool not found: install the Debian package mupdf-tools');
    expect(status).toBe(1);
  });

  it('skip outside CI with one line saying what to install', () => {
    const { status, output } = readBackWithoutMutool(false);
    const lines = output.split('\n').filter((line) => line.includes('mupdf-tools'));
    expect(lines).toEqual(['skipped the letter PDF read-back tests: mutool not found: install the Debian package mupdf-tools']);
    expect(output).toMatch(/Tests\s+\d+ skipped/);
    expect(status).toBe(0);
  });

  it('read CI the way CI services set it', () => {
    expect([undefined, '', '0', 'false', 'true', '1', 'yes'].map((CI) => inCi({ CI }))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('are installed by .ci/run, package for package', () => {
    const script = readFileSync(join(PROJECT_ROOT, '.ci', 'run'), 'utf8');
    const pairs = /for tool in ([^;]+); do/.exec(script)![1]!.trim().split(/\s+/);
    const installed = Object.fromEntries(pairs.map((pair) => pair.split(':') as [string, string]));
    for (const [tool, pkg] of Object.entries(installed))
      expect(DEBIAN_PACKAGES[tool as SystemTool], `.ci/run checks ${tool}`).toBe(pkg);
    expect([...new Set(Object.values(installed))].sort()).toEqual(packages);
  });

  it('are named in the README before its two commands', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const install = /apt-get install ([^\n`]+)/.exec(readme);
    expect(install, 'README has an apt-get install line').not.toBeNull();
    expect(install!.index).toBeLessThan(readme.indexOf('npm ci'));
    expect(install![1]!.trim().split(/\s+/).sort()).toEqual(packages);
  });

  it('are run only through test/support/system-tools.ts', () => {
    const direct = new RegExp(`(?:spawn|execFile)(?:Sync)?\\(\\s*'(?:${Object.keys(DEBIAN_PACKAGES).join('|')})'`);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && (entry.name.endsWith('.test.ts') || dir.endsWith(join('test', 'support')))) {
          if (direct.test(readFileSync(path, 'utf8'))) offenders.push(relative(PROJECT_ROOT, path));
        }
      }
    };
    for (const top of ['core', 'cli', 'test']) walk(join(PROJECT_ROOT, top));
    expect(offenders).toEqual([]);
  });
});
