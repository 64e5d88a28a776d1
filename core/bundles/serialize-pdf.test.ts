import { PDFDocument, PDFWriter, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../../test/support/exhibit-fixtures.js';
import { serializePdf } from './serialize-pdf.js';

describe('serializePdf', () => {
  it('writes the same bytes as pdf-lib’s own writer', async () => {
    const doc = await PDFDocument.load(await makePdf([{ size: [595, 842] }, { size: [842, 595], rotate: 90 }]));
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.getPage(0).drawText('Page 1 of 2 — (escaped) \\ text', { x: 20, y: 20, font, size: 9 });
    await doc.attach(new TextEncoder().encode('{"a":1}'), 'm.json', { mimeType: 'application/json' });
    doc.setTitle('证据材料');
    await doc.flush();
    const expected = await PDFWriter.forContext(doc.context, Number.POSITIVE_INFINITY).serializeToBuffer();
    expect(Buffer.from(serializePdf(doc.context)).equals(Buffer.from(expected))).toBe(true);
  });
});
