import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxWordDocument } from '../../../test/support/docx-oracle.js';
import { readZip } from '../../../test/support/read-zip.js';
import { zhDemandLetter } from '../../../test/support/sample-letters.js';
import { packDocx } from './pack-docx.js';
import { wordDocument } from './render-docx.js';

/** docProps/core.xml holds the time the document object was made: the one difference between two packings. */
const withoutTimes = (xml: string) => xml.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'TIME');

describe('packDocx', () => {
  it('writes the parts Packer.toBuffer writes, byte for byte and in its order', async () => {
    const model = zhDemandLetter();
    const ours = readZip(packDocx(wordDocument(model)));
    const docx = readZip(new Uint8Array(await Packer.toBuffer(docxWordDocument(model))));
    expect([...ours.keys()]).toEqual([...docx.keys()]);
    expect(ours.size).toBeGreaterThan(10);
    for (const [path, bytes] of docx) {
      const mine = ours.get(path)!;
      if (path === 'docProps/core.xml') expect(withoutTimes(mine.toString('utf8'))).toBe(withoutTimes(bytes.toString('utf8')));
      else expect(mine.equals(bytes), path).toBe(true);
    }
  });

  it('deflates every part, so the DOCX is no larger than the one Packer writes', async () => {
    const model = zhDemandLetter();
    const ours = packDocx(wordDocument(model));
    const docx = await Packer.toBuffer(docxWordDocument(model));
    expect(ours.byteLength).toBeLessThan(docx.byteLength * 1.05);
  });
});
