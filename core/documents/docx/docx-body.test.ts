import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxWordDocument } from '../../../test/support/docx-oracle.js';
import { readZip } from '../../../test/support/read-zip.js';
import { enLetterBeforeClaim, zhDemandLetter } from '../../../test/support/sample-letters.js';
import type { Align, Block, DocumentModel, TextRun } from '../model.js';
import { TableShapeError } from '../errors.js';
import { packDocx } from './pack-docx.js';
import { wordDocument } from './render-docx.js';

/** A small seeded generator, so that a failure names a model that can be built again. */
function random(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

/** Text with what XML must escape or drop, line feeds, tabs, braces (docx's placeholders) and CJK. */
const PIECES = [
  '货款',
  'amount',
  ' ',
  '&',
  '<b>',
  '"q"',
  "'s",
  '\n',
  '\t',
  '\u0001',
  '{casepack-ordered-1}',
  '{x}',
  '（第1号）',
  '€12.50',
  '',
];

function model(seed: number): DocumentModel {
  const r = random(seed);
  const flag = () => r.pick([undefined, undefined, true, false]);
  const runs = (n = r.int(4)): TextRun[] =>
    Array.from({ length: n }, () => {
      const run: TextRun = { text: Array.from({ length: r.int(4) }, () => r.pick(PIECES)).join('') };
      const [bold, italic, underline] = [flag(), flag(), flag()];
      if (bold !== undefined) run.bold = bold;
      if (italic !== undefined) run.italic = italic;
      if (underline !== undefined) run.underline = underline;
      return run;
    });
  const align = (): Align | undefined => r.pick([undefined, 'justify', 'left', 'center', 'right'] as const);
  const cell = () => ({ runs: runs(r.int(3)), ...(r.int(2) ? { align: align() } : {}) });
  const block = (): Block => {
    switch (r.int(6)) {
      case 0:
        return { type: 'heading', level: r.pick([1, 2, 3] as const), runs: runs() };
      case 1: {
        const indent = r.pick([undefined, 0, 2, 1.5, 4]);
        return {
          type: 'paragraph',
          runs: runs(),
          ...(align() ? { align: align() } : {}),
          ...(indent === undefined ? {} : { indent }),
        };
      }
      case 2:
        return { type: 'list', ordered: r.int(2) === 0, items: Array.from({ length: 1 + r.int(3) }, () => runs(1 + r.int(2))) };
      case 3: {
        const columns = 1 + r.int(4);
        const row = () => Array.from({ length: columns }, cell);
        return {
          type: 'table',
          widths: Array.from({ length: columns }, () => 1 + r.int(30)),
          header: Array.from({ length: r.int(2) }, row),
          body: Array.from({ length: 1 + r.int(3) }, row),
        };
      }
      case 4:
        return {
          type: 'signature',
          parties: Array.from({ length: 1 + r.int(4) }, () => ({
            label: r.pick(['债权人：', 'Creditor', '']),
            name: r.pick(['', '上海澄川机电设备有限公司', 'Hale & Co']),
            lines: Array.from({ length: r.int(3) }, () => r.pick(['日期：', 'Signed:', '签字（盖章）：'])),
          })),
        };
      default:
        return { type: 'page-break' };
    }
  };
  return {
    title: r.pick(['催款函', 'Letter before claim']),
    language: r.pick(['zh-CN', 'en-GB', 'en-US'] as const),
    pageLabel: '第{page}页 共{pages}页',
    header: r.pick([undefined, '函号 2026-1']),
    blocks: Array.from({ length: 1 + r.int(12) }, block),
  };
}

const TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;

/** Every part of the package, as packDocx writes it and as docx writes it with its own paragraphs. */
async function bothPackages(m: DocumentModel): Promise<[Map<string, string>, Map<string, string>]> {
  const text = (parts: Map<string, Buffer>) =>
    new Map([...parts].map(([path, bytes]) => [path, bytes.toString('utf8').replace(TIME, 'TIME')]));
  return [text(readZip(packDocx(wordDocument(m)))), text(readZip(new Uint8Array(await Packer.toBuffer(docxWordDocument(m)))))];
}

describe('wordBody: the body written as text', () => {
  it('is what docx writes for the sample letters, every part byte for byte', async () => {
    for (const m of [zhDemandLetter(), enLetterBeforeClaim(), zhDemandLetter({ tableRows: 3 })]) {
      const [ours, docx] = await bothPackages(m);
      expect([...ours.keys()]).toEqual([...docx.keys()]);
      for (const [path, xml] of docx) expect(ours.get(path), `${m.language} ${path}`).toBe(xml);
    }
  });

  it('is what docx writes for 120 random bodies of every kind of block, run and alignment', async () => {
    for (let seed = 1; seed <= 120; seed++) {
      const m = model(seed);
      const [ours, docx] = await bothPackages(m);
      expect(ours.get('word/document.xml'), `seed ${seed}`).toBe(docx.get('word/document.xml'));
      expect(ours.get('word/numbering.xml'), `seed ${seed}`).toBe(docx.get('word/numbering.xml'));
    }
  });

  it('numbers each list from 1 with its own numId, as docx does', async () => {
    const item = (text: string) => [{ text }];
    const m: DocumentModel = {
      title: 'T',
      language: 'en-GB',
      pageLabel: '{page}',
      blocks: [
        { type: 'list', ordered: true, items: [item('a'), item('b')] },
        { type: 'list', ordered: false, items: [item('c')] },
        { type: 'list', ordered: true, items: [item('d')] },
      ],
    };
    const [ours] = await bothPackages(m);
    const numIds = [...ours.get('word/document.xml')!.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1]);
    expect(numIds).toEqual(['2', '2', '3', '4']);
    expect(ours.get('word/numbering.xml')).toContain('<w:num w:numId="4">');
  });

  it('refuses a table row with the wrong number of cells, naming the row', () => {
    const m: DocumentModel = {
      title: 'T',
      language: 'zh-CN',
      pageLabel: '{page}',
      blocks: [{ type: 'table', widths: [1, 1], header: [], body: [[{ runs: [{ text: 'x' }] }]] }],
    };
    expect(() => wordDocument(m)).toThrow(TableShapeError);
    expect(() => wordDocument(m)).toThrow(/body row 1/);
  });
});
