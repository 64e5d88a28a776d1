import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { makePdf } from '../../test/support/exhibit-fixtures.js';
import { sha256Hex } from '../util/sha256.js';
import { buildCourierBundle } from './build-courier-bundle.js';
import { MissingLetterError } from './errors.js';
import { writeFixtureCase } from '../../test/support/fixture-case.js';
import { darkRgbPixels, pageText, qpdfCheck, renderPage } from '../../test/support/pdf-tools.js';
import { lacksTools } from '../../test/support/system-tools.js';

const tempDir = useTempDir();

async function courierCase(status: string, withLetter: boolean) {
  const dir = tempDir();
  const letter = await makePdf([{ size: [595, 842] }, { size: [595, 842] }]);
  const caseFile = writeFixtureCase(dir, { 'a.pdf': await makePdf([{ size: [595, 842] }]) });
  const data = JSON.parse(readFileSync(caseFile, 'utf8'));
  Object.assign(data.mailings[0], { status, deliveredOn: '2025-03-12' });
  if (withLetter) {
    writeFileSync(join(dir, 'mail', 'letter.pdf'), letter);
    data.mailings[0].letter = 'mail/letter.pdf';
  }
  writeFileSync(caseFile, JSON.stringify(data));
  return { dir, caseFile, letter };
}

describe.skipIf(lacksTools('the courier bundle read-back tests', 'qpdf', 'pdftotext', 'pdftoppm'))('courier bundle', () => {
  it('states a refused mailing plainly, with the letter hash, then letter, waybill and tracking', async () => {
    const { dir, caseFile, letter } = await courierCase('refused', true);
    const out = join(dir, 'courier.pdf');
    const result = runCli(['courier', caseFile, '--mailing', 'm1', '--out', out]);
    expect(result.stderr).toBe('');
    expect(qpdfCheck(out).status).toBe(0);
    const first = pageText(out, 1);
    for (const text of [
      '邮寄送达证据',
      '收件人拒收（2025年3月12日）',
      'EMS',
      '1151234567890',
      '浙江省杭州市拱墅区莫干山路568号3幢402室',
    ])
      expect(first).toContain(text);
    expect(first.replace(/\s/g, '')).toContain(sha256Hex(letter));
    expect(darkRgbPixels(await renderPage(out, 1))).toBeGreaterThan(150);
    expect(pageText(out, 2)).toMatch(/第\s*2\s*页\s*共\s*5\s*页/);
    expect(runCli(['verify', out, '--sources', dir]).status).toBe(0);
  });

  it('asks for the letter when none is stored, and uses a generated one when supplied', async () => {
    const { caseFile } = await courierCase('delivered', false);
    const loaded = await loadCaseFile(caseFile);
    await expect(buildCourierBundle(loaded, 'm1')).rejects.toBeInstanceOf(MissingLetterError);
    const generated = await makePdf([{ size: [595, 842] }]);
    const built = await buildCourierBundle(loaded, 'm1', { letter: async () => generated });
    expect(built.manifest.mailing).toMatchObject({
      letterSha256: sha256Hex(generated),
      letterSource: 'generated',
      status: 'delivered',
    });
    expect(built.manifest.totalPages).toBe(4);
  });
});
