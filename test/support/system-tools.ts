import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CHROMIUM } from '../../scripts/chromium.js';

/**
 * Every command-line program a test reads results back with, and the Debian package that installs it.
 * `.ci/run` and the README name exactly these packages (a test in system-tools.test.ts holds them to it).
 */
export const DEBIAN_PACKAGES = {
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdfimages: 'poppler-utils',
  qpdf: 'qpdf',
  mutool: 'mupdf-tools',
  soffice: 'libreoffice-writer-nogui',
  chromium: 'chromium',
} as const;

export type SystemTool = keyof typeof DEBIAN_PACKAGES;

/** A test needs a program that is not installed; the message names the package to install. */
export class MissingToolError extends Error {
  constructor(readonly tools: readonly SystemTool[]) {
    super(tools.map((tool) => `${tool} not found: install the Debian package ${DEBIAN_PACKAGES[tool]}`).join('; '));
    this.name = 'MissingToolError';
  }
}

/** CI=true (or any value but "" / "0" / "false"): a missing tool fails the run instead of skipping tests. */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/** Where `command` is on the PATH, as the shell would find it. */
export function pathOf(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return join(dir, command);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

const found = new Map<SystemTool, boolean>();

/** True when `tool` can be run here (Chromium is looked for where Debian installs it, as the launcher does). */
export function hasTool(tool: SystemTool): boolean {
  let yes = found.get(tool);
  if (yes === undefined) {
    yes = (tool === 'chromium' ? CHROMIUM : pathOf(tool)) !== undefined;
    found.set(tool, yes);
  }
  return yes;
}

/**
 * For `describe.skipIf(lacksTools(...))` / `it.skipIf(...)`. Every tool present: false. Some missing under
 * CI: throws MissingToolError, which fails the test file with the package names. Outside CI: prints one line
 * saying what is skipped and what to install, and returns true.
 */
export function lacksTools(what: string, ...tools: SystemTool[]): boolean {
  const missing = tools.filter((tool) => !hasTool(tool));
  if (missing.length === 0) return false;
  const error = new MissingToolError(missing);
  if (inCi()) throw error;
  console.warn(`skipped ${what}: ${error.message}`);
  return true;
}

export interface ToolResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a tool and returns its exit status and output; a missing tool throws MissingToolError. */
export function runTool(tool: SystemTool, args: readonly string[], options: SpawnSyncOptions = {}): ToolResult {
  if (!hasTool(tool)) throw new MissingToolError([tool]);
  const result = spawnSync(tool, args, { maxBuffer: 64 * 1024 * 1024, ...options, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a tool that must succeed and returns its standard output. */
export function toolOutput(tool: SystemTool, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const result = runTool(tool, args, options);
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}
