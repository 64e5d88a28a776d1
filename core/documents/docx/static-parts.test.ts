import { Packer } from 'docx';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { docxWordDocument } from '../../../test/support/docx-oracle.js';
import { readZip } from '../../../test/support/read-zip.js';
import { enLetterBeforeClaim, zhDemandLetter } from '../../../test/support/sample-letters.js';
import { packDocx } from './pack-docx.js';
import { wordDocument } from './render-docx.js';
import { reuseStaticParts } from './static-parts.js';

/**
 * What differs between two packings of one model: docProps/core.xml holds the time the document object was
 * made, and docx numbers drawings (a logo) with a counter that runs on across documents.
 */
const normalized = (xml: string) =>
  xml.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'TIME').replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="N"');
const isXml = (path: string) => path.endsWith('.xml') || path.endsWith('.rels');

/** A small PNG logo in the given colour. */
async function logo(fill: string): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120"><circle cx="60" cy="60" r="55" fill="${fill}"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

describe('reuseStaticParts with packDocx', () => {
  it('writes, letter after letter and language after language, the parts docx writes without them', async () => {
    const [red, blue] = [await logo('#8b0000'), await logo('#00008b')];
    const letters = [
      zhDemandLetter({ logo: red }),
      enLetterBeforeClaim(),
      zhDemandLetter({ logo: red }),
      zhDemandLetter({ logo: blue, tableRows: 3 }),
      zhDemandLetter(),
      enLetterBeforeClaim(),
    ];
    letters[3]!.title = '催款函（第二份）';
    for (const model of letters) {
      const ours = readZip(packDocx(reuseStaticParts(wordDocument(model), model.language)));
      const docx = readZip(new Uint8Array(await Packer.toBuffer(docxWordDocument(model))));
      expect([...ours.keys()]).toEqual([...docx.keys()]);
      for (const [path, bytes] of docx) {
        const mine = ours.get(path)!;
        if (isXml(path))
          expect(normalized(mine.toString('utf8')), `${model.language} ${path}`).toBe(normalized(bytes.toString('utf8')));
        else expect(mine.equals(bytes), `${model.language} ${path}`).toBe(true);
      }
    }
  });

  it('keeps each language its own styles', () => {
    const zh = readZip(packDocx(reuseStaticParts(wordDocument(zhDemandLetter()), 'zh-CN')))
      .get('word/styles.xml')!
      .toString('utf8');
    const en = enLetterBeforeClaim();
    const enStyles = readZip(packDocx(reuseStaticParts(wordDocument(en), en.language)))
      .get('word/styles.xml')!
      .toString('utf8');
    expect(zh).toContain('w:eastAsia="zh-CN"');
    expect(zh).toContain('w:val="zh-CN"');
    expect(enStyles).not.toBe(zh);
    expect(enStyles).toContain(`w:val="${en.language}"`);
  });
});
