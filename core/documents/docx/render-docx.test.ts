import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../project-root.js';
import type { DocumentModel } from '../model.js';
import { paragraphTexts, readZip } from '../../../test/support/read-zip.js';
import { enLetterBeforeClaim, ZH_AMOUNT_FIGURES, ZH_AMOUNT_WORDS, zhDemandLetter } from '../../../test/support/sample-letters.js';
import { renderDocx } from './render-docx.js';

const modelParagraphs = (model: DocumentModel) =>
  model.blocks.flatMap((block) =>
    block.type === 'paragraph' || block.type === 'heading' ? [block.runs.map((run) => run.text).join('')] : [],
  );

describe('renderDocx: a zh-CN demand letter, unzipped and read back', () => {
  let model: DocumentModel;
  let files: Map<string, Buffer>;
  let documentXml: string;

  beforeAll(async () => {
    model = zhDemandLetter();
    const bytes = await renderDocx(model);
    mkdirSync(join(PROJECT_ROOT, 'test-artifacts', 'documents'), { recursive: true });
    writeFileSync(join(PROJECT_ROOT, 'test-artifacts', 'documents', 'zh-demand-letter.docx'), bytes);
    files = readZip(bytes);
    documentXml = files.get('word/document.xml')!.toString('utf8');
  });

  it('holds every paragraph and heading of the model, the amounts inside their sentence', () => {
    const texts = paragraphTexts(documentXml);
    for (const paragraph of modelParagraphs(model)) expect(texts).toContain(paragraph);
    expect(texts.join('')).toContain(`人民币${ZH_AMOUNT_FIGURES}元（大写：${ZH_AMOUNT_WORDS}），`);
    expect(texts).toContain('第42批货物（型号SK-142）已于当月验收合格，贵司签收后未按《购销合同》第四条约定的三十日账期付款。');
  });

  it('uses real heading styles and a body style with a first-line indent and the SC font', () => {
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml).toContain('<w:pStyle w:val="BodyText"/>');
    const styles = files.get('word/styles.xml')!.toString('utf8');
    expect(styles).toMatch(/<w:style [^>]*w:styleId="BodyText"[\s\S]*?<w:ind w:firstLine="480"\/>/);
    expect(styles).toContain('w:eastAsia="Noto Serif SC"');
    expect(styles).toMatch(/<w:style [^>]*w:styleId="Heading1"/);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  it('repeats the table header row and puts PAGE and NUMPAGES fields in the footer', () => {
    expect(documentXml).toContain('<w:tblHeader/>');
    const footers = [...files].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml.toString('utf8'));
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(footer).toContain('>PAGE<');
      expect(footer).toContain('>NUMPAGES<');
      expect(paragraphTexts(footer).join('')).toBe('第  页 共  页');
    }
  });

  it('sets A4 with the GB/T 9704 margins and the letterhead in the first page header', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(documentXml).toContain('<w:titlePg/>');
    const headers = [...files]
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([, xml]) => paragraphTexts(xml.toString('utf8')).join('|'));
    expect(headers).toContain(['上海某某供应链管理有限公司', ...model.letterhead!.lines].join('|'));
    expect(headers).toContain('沪某供催字〔2024〕第018号');
  });

  it('records the title in the core properties', () => {
    expect(files.get('docProps/core.xml')!.toString('utf8')).toContain('<dc:title>催款函</dc:title>');
  });
});

describe('renderDocx: an en-GB letter', () => {
  it('keeps the text and numbers its list', async () => {
    const model = enLetterBeforeClaim();
    const files = readZip(await renderDocx(model));
    const documentXml = files.get('word/document.xml')!.toString('utf8');
    const texts = paragraphTexts(documentXml);
    for (const paragraph of modelParagraphs(model)) expect(texts).toContain(paragraph);
    expect(documentXml).toContain('<w:numPr>');
    expect(files.get('word/numbering.xml')!.toString('utf8')).toContain('w:val="%1."');
  });
});
