import { zipSync } from 'fflate';
import {
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  InsertedTextRun,
  Packer,
  Paragraph,
  Textbox,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { FileError } from '../errors.js';
import { checkWording } from './check-wording.js';
import { docxText } from './docx-text.js';

const revision = { id: 1, author: 'Lawyer', date: '2026-01-05T10:00:00Z' };

async function letter(): Promise<Buffer> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('钱转到我个人账户就行。')] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('明天我们就去你单位找你。')] }) },
        footers: { default: new Footer({ children: [new Paragraph('We will tell your employer about this.')] }) },
        children: [
          new Paragraph({ children: [new TextRun('王先生：'), new FootnoteReferenceRun(1)] }),
          new Paragraph({
            children: [
              new TextRun('请于七日内付款。'),
              new DeletedTextRun({ text: '否则我们就通知你的家人。', ...revision }),
              new InsertedTextRun({ text: '逾期将依法起诉。', ...revision, id: 2 }),
            ],
          }),
          new Textbox({ style: { width: '200pt', height: '50pt' }, children: [new Paragraph('我们会在小区门口拉横幅。')] }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

describe('docxText', () => {
  it('reads body, text boxes, headers, footers and footnotes; drops tracked deletions, keeps insertions', async () => {
    const text = docxText(await letter(), 'letter.docx');
    expect(text).toContain('请于七日内付款。逾期将依法起诉。');
    expect(text).not.toContain('通知你的家人');
    expect(text.match(/拉横幅/g)).toHaveLength(1); // the text box once, not again from its fallback
    const where = (words: string) => text.indexOf(words);
    expect(where('王先生')).toBeLessThan(where('明天我们就去你单位'));
    expect(where('明天我们就去你单位')).toBeLessThan(where('We will tell'));
    expect(where('We will tell')).toBeLessThan(where('钱转到我个人账户'));
    expect(checkWording(text).map((f) => f.category)).toEqual(['shaming', 'harassment', 'disclosure', 'personal-account']);
  });

  it('refuses an archive that would unpack to more than its cap, before inflating it', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect(() => docxText(Buffer.from(bomb), 'bomb.docx')).toThrow(FileError);
    expect(() => docxText(Buffer.from(bomb), 'bomb.docx')).toThrow(/^bomb\.docx: refused: the archive has more than 32 MB/);
  });

  it('refuses an archive with too many entries, and a document whose XML is damaged', () => {
    const many = Object.fromEntries(Array.from({ length: 2_001 }, (_, i) => [`x/${i}.txt`, new Uint8Array(1)]));
    expect(() => docxText(Buffer.from(zipSync(many)), 'many.docx')).toThrow(
      /^many\.docx: refused: the archive has more than 2000 files/,
    );
    const broken = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document><w:body><w:p>') });
    expect(() => docxText(Buffer.from(broken), 'broken.docx')).toThrow(/^broken\.docx: the text of the document is damaged/);
    expect(() => docxText(Buffer.from(zipSync({ 'a.txt': new Uint8Array(1) })), 'a.docx')).toThrow(/not a Word document/);
  });
});
