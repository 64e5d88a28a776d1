import { NextAttributeComponent, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxWordDocument } from '../../../test/support/docx-oracle.js';
import { readZip } from '../../../test/support/read-zip.js';
import { enLetterBeforeClaim, zhDemandLetter } from '../../../test/support/sample-letters.js';
import { docxAttributes } from './linear-attributes.js';

const prototype = NextAttributeComponent.prototype as unknown as { prepForXml: unknown };

/** The package docx writes for `model`, with docx's own attribute writer or with CasePack's. */
async function packageParts(model: ReturnType<typeof zhDemandLetter>, own: boolean): Promise<Map<string, string>> {
  const ours = prototype.prepForXml;
  if (own) prototype.prepForXml = docxAttributes;
  try {
    const parts = readZip(new Uint8Array(await Packer.toBuffer(docxWordDocument(model))));
    // docProps/core.xml holds the time the document object was made.
    return new Map(
      [...parts].map(([path, bytes]) => [path, bytes.toString('utf8').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME')]),
    );
  } finally {
    prototype.prepForXml = ours;
  }
}

describe('attributes written in one pass', () => {
  it('are the attributes docx writes, in the same order, undefined values left out and a repeated key last', () => {
    const component = new NextAttributeComponent({
      val: { key: 'w:val', value: 'single' },
      none: { key: 'w:color', value: undefined as unknown as string },
      size: { key: 'w:sz', value: 4 },
      off: { key: 'w:space', value: false },
      again: { key: 'w:val', value: 'double' },
    });
    const mine = component.prepForXml({ stack: [] } as never) as { _attr: object };
    const docx = docxAttributes.call(component as never, { stack: [] }) as { _attr: object };
    expect(mine).toEqual(docx);
    expect(Object.entries(mine._attr)).toEqual(Object.entries(docx._attr));
    expect(Object.entries(mine._attr)).toEqual([
      ['w:val', 'double'],
      ['w:sz', 4],
      ['w:space', false],
    ]);
  });

  it('leave every part of a letter as docx writes it', async () => {
    for (const model of [zhDemandLetter(), enLetterBeforeClaim()]) {
      const mine = await packageParts(model, false);
      const docx = await packageParts(model, true);
      expect([...mine.keys()]).toEqual([...docx.keys()]);
      for (const [path, xml] of docx) expect(mine.get(path), `${model.language} ${path}`).toBe(xml);
    }
  });
});
