import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { pdfText } from '../../test/support/pdf-tools.js';
import { lacksTools } from '../../test/support/system-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { PROJECT_ROOT } from '../project-root.js';
import { personSalutation } from './salutation.js';

const tempDir = useTempDir();

describe('the person an English letter says Dear to', () => {
  it('leaves the trading name to the address block', () => {
    expect(personSalutation('Daniel Okafor t/a Okafor Builders')).toBe('Daniel Okafor');
    expect(personSalutation('Daniel Okafor T/A Okafor Builders')).toBe('Daniel Okafor');
    expect(personSalutation('Daniel Okafor trading as Okafor Builders')).toBe('Daniel Okafor');
    expect(personSalutation('Daniel Okafor')).toBe('Daniel Okafor');
  });

  it('uses title and surname when the name gives a title', () => {
    expect(personSalutation('Mr Daniel Okafor t/a Okafor Builders')).toBe('Mr Okafor');
    expect(personSalutation('mrs. Grace Ama Mensah')).toBe('Mrs Mensah');
    expect(personSalutation('Dr Okafor')).toBe('Dr Okafor');
  });
});

describe.skipIf(lacksTools('the salutation read-back', 'pdftotext'))('the letter before claim to a sole trader', () => {
  it('says Dear to the person and keeps the trading name in the address block', () => {
    const out = tempDir();
    const example = join(PROJECT_ROOT, 'examples', 'en-gb-unpaid-invoice');
    const made = runCli([
      'letter',
      join(example, 'case.json'),
      '--template',
      'letter-before-claim',
      '--settings',
      join(example, 'letter-settings.json'),
      '--format',
      'pdf',
      '--out',
      out,
    ]);
    expect(made.status).toBe(0);
    const text = pdfText(join(out, 'letter-before-claim.pdf'), false);
    expect(text).toContain('Dear Daniel Okafor,');
    expect(text).not.toContain('Dear Daniel Okafor t/a');
    expect(text).toContain('Daniel Okafor t/a Okafor Builders');
  });
});
