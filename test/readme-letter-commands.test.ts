import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../core/project-root.js';
import { runCli } from './support/cli.js';
import { pdfText } from './support/pdf-tools.js';
import { lacksTools } from './support/system-tools.js';
import { useTempDir } from './support/temp-dir.js';

/**
 * The `casepack letter` lines of the README, run as written from a folder holding the examples: a new user
 * copies them, so each must make its letter with the example's own letter settings (函号, account, contact).
 */
const README_LETTERS = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('npx casepack letter '))
  .map((line) =>
    line
      .replace(/\s+#.*$/, '')
      .split(/\s+/)
      .slice(2),
  );

function optionValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
}

interface ExampleSettings {
  letterNo?: string;
  account?: { number: string };
}

const tempDir = useTempDir();

describe.skipIf(lacksTools('the README letter commands', 'pdftotext'))('README letter commands', () => {
  it('shows the 催款函, the 律师函 and an English letter', () => {
    const templates = README_LETTERS.map((args) => optionValue(args, '--template'));
    expect(templates).toEqual(expect.arrayContaining(['demand-letter', 'lawyer-letter', 'letter-before-claim']));
  });

  it.each(README_LETTERS.map((args) => [args.join(' '), args] as const))('%s', (_line, args) => {
    const caseFile = args[1]!;
    const settingsFile = join(dirname(caseFile), 'letter-settings.json');
    expect(existsSync(join(PROJECT_ROOT, settingsFile))).toBe(true);
    expect(optionValue(args, '--settings')).toBe(settingsFile);

    const cwd = tempDir();
    symlinkSync(join(PROJECT_ROOT, 'examples'), join(cwd, 'examples'));
    const result = runCli(args, { cwd, env: { CASEPACK_DATA_DIR: join(cwd, 'data') } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);

    const settings = JSON.parse(readFileSync(join(PROJECT_ROOT, settingsFile), 'utf8')) as ExampleSettings;
    const template = optionValue(args, '--template')!;
    const text = pdfText(join(cwd, optionValue(args, '--out')!, `${template}.pdf`), false);
    const oneLine = text.replace(/\s+/g, '');
    if (['demand-letter', 'lawyer-letter', 'letter-before-claim'].includes(template))
      expect(oneLine).toContain(settings.account!.number.replace(/\s+/g, ''));
    if (template === 'lawyer-letter') expect(oneLine).toContain(settings.letterNo);
  });
});
