import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { makePdf } from '../../test/support/exhibit-fixtures.js';
import { writeFixtureCase } from '../../test/support/fixture-case.js';
import { pageDict, rawPdf } from '../../test/support/raw-pdf.js';
import { runTool } from '../../test/support/system-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { findActiveContent } from './preflight/active-content.js';

const tempDir = useTempDir();

/** A page with /AA running a Launch action, a link out, a file attachment, and document JavaScript on open. */
function armedPdf(): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    pageDict(2, '/AA << /O 5 0 R >> /Annots [7 0 R 8 0 R] /Contents 4 0 R'),
    { dict: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.from('0 0 1 rg 100 100 200 200 re f')) },
    '<< /Type /Action /S /Launch /F (calc.exe) >>',
    '<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>',
    '<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /URI /URI (http://example.com/) >> >>',
    '<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS << /Type /Filespec /F (a.exe) >> >>',
  ]);
}

/** Every object of a PDF as qpdf writes it uncompressed, the way a reader would come across it. */
function qdfText(file: string): string {
  const out = `${file}.qdf`;
  const result = runTool('qpdf', ['--qdf', '--object-streams=disable', file, out]);
  expect(result.status === 0 || result.status === 3).toBe(true);
  return readFileSync(out, 'latin1');
}

describe('no active content in outputs', () => {
  it('preflight fails a PDF with page actions, naming them and the page', () => {
    const file = join(tempDir(), 'armed.pdf');
    writeFileSync(file, armedPdf());
    const result = runCli(['preflight', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/FAIL {2}no active content: .*Launch action.*\(page 1\)/);
    expect(result.stdout).toContain('JavaScript action');
    expect(result.stdout).toContain('URI action');
    expect(result.stdout).toContain('a FileAttachment annotation');
  });

  it('copies no action, script, link out or attachment into the bundle, which passes preflight', async () => {
    const dir = tempDir();
    const caseFile = writeFixtureCase(dir, { 'armed.pdf': armedPdf(), 'plain.pdf': await makePdf([{ size: [595, 842] }]) });
    const out = join(dir, 'bundle.pdf');
    const made = runCli(['bundle', caseFile, '--out', out]);
    expect(made.status, made.stderr).toBe(0);
    const text = qdfText(out);
    for (const word of ['/Launch', '/JavaScript', '/URI', '/FileAttachment', 'calc.exe', '/AA']) expect(text).not.toContain(word);
    const doc = await PDFDocument.load(readFileSync(out));
    expect(findActiveContent(doc)).toEqual([]);
    const checked = runCli(['preflight', out]);
    expect(checked.stdout).toContain('PASS  no active content');
  });
});
