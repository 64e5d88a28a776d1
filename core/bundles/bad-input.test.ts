import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { encryptPdf, makePdf } from '../../test/support/exhibit-fixtures.js';
import { writeFixtureCase } from '../../test/support/fixture-case.js';
import { lacksTools } from '../../test/support/system-tools.js';

const tempDir = useTempDir();
// Encrypted PDFs are made with qpdf, and the bundle decrypts owner-password PDFs with it.
const noQpdf = lacksTools('the encrypted-PDF tests', 'qpdf');

/** A case whose second exhibit is `bad`; the bundle must fail naming E2 and its file, and write nothing. */
async function expectRefused(name: string, bad: Uint8Array | undefined, message: string) {
  const dir = tempDir();
  const good = await makePdf([{ size: [595, 842] }]);
  const caseFile = writeFixtureCase(dir, { 'good.pdf': good, [name]: bad ?? good });
  if (bad === undefined) {
    const data = JSON.parse(readFileSync(caseFile, 'utf8'));
    data.evidence[1].file = `evidence/missing-${name}`;
    writeFileSync(caseFile, JSON.stringify(data));
  }
  const out = join(dir, 'bundle.pdf');
  const result = runCli(['bundle', caseFile, '--out', out]);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(message);
  // The case loader already refuses missing and empty files, naming the field (evidence 2 is E2) and the file.
  const caseLevel = bad === undefined || bad.length === 0;
  expect(result.stderr).toContain(caseLevel ? `evidence 2, file` : `evidence E2 “证据材料2（${name}）” (evidence/${name})`);
  expect(result.stderr).toContain(bad === undefined ? `missing-${name}` : name);
  expect(existsSync(out)).toBe(false);
}

describe('bad exhibits', () => {
  it.skipIf(noQpdf)('refuses a PDF that needs a password', async () => {
    const pdf = readFileSync(encryptPdf(tempDir(), await makePdf([{ size: [595, 842] }]), 'secret'));
    await expectRefused('locked.pdf', pdf, 'needs a password to open');
  });

  it.skipIf(noQpdf)('accepts a PDF with only an owner password', async () => {
    const dir = tempDir();
    const pdf = readFileSync(encryptPdf(dir, await makePdf([{ size: [595, 842] }]), ''));
    const out = join(dir, 'bundle.pdf');
    expect(runCli(['bundle', writeFixtureCase(dir, { 'statement.pdf': pdf }), '--out', out]).status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('refuses truncated, damaged, empty and non-PDF files, unreadable images and missing files', async () => {
    // A classic cross-reference table (no object streams), so that its offsets can be damaged.
    const pdf = Buffer.from(
      await (
        await PDFDocument.load(await makePdf([{ size: [595, 842] }, { size: [595, 842] }]))
      ).save({ useObjectStreams: false }),
    );
    await expectRefused('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length * 0.6)), 'the PDF is damaged (it is truncated');
    const shifted = pdf
      .toString('latin1')
      .replace(/(\d{10}) 00000 n/g, (_, o: string) => String(Number(o) + 7).padStart(10, '0') + ' 00000 n');
    await expectRefused('xref.pdf', Buffer.from(shifted, 'latin1'), 'cross-reference table points object');
    await expectRefused('empty.pdf', new Uint8Array(), 'file is empty');
    await expectRefused('notes.pdf', Buffer.from('just some text'), 'neither a PDF nor an image');
    await expectRefused('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]), 'the image cannot be read');
    await expectRefused('gone.pdf', undefined, 'file not found');
  });
});
