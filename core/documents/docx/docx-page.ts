import { BorderStyle, Footer, Header, ImageRun, PageNumber, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import type { DocumentModel, Letterhead } from '../model.js';
import { imageInfo } from '../image-info.js';
import { mmTwips, STYLE, twips } from './docx-styles.js';

/** A4, with the margins of GB/T 9704 5.2.1 (top 37, bottom 35, left 28, right 26 mm), as the PDF has. */
export function pageProperties(): ISectionPropertiesOptions {
  return {
    titlePage: true,
    page: {
      size: { width: mmTwips(210), height: mmTwips(297) },
      margin: {
        top: mmTwips(37),
        bottom: mmTwips(35),
        left: mmTwips(28),
        right: mmTwips(26),
        header: mmTwips(13),
        footer: mmTwips(15),
      },
    },
  };
}

/** The page label as Word fields: `{page}` becomes PAGE and `{pages}` NUMPAGES, so Word keeps them right. */
export function pageLabelFooter(label: string): Footer {
  const children = label
    .split(/(\{page\}|\{pages\})/)
    .flatMap((part): (string | (typeof PageNumber)[keyof typeof PageNumber])[] => {
      if (part === '{page}') return [PageNumber.CURRENT];
      if (part === '{pages}') return [PageNumber.TOTAL_PAGES];
      return part ? [part] : [];
    });
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [new TextRun({ children })] })] });
}

/** The header of pages after the first: the header text (the 函号) over a thin rule. */
export function continuationHeader(model: DocumentModel): Header {
  const text = model.header ?? '';
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        border: text ? { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 2 } } : undefined,
        children: text ? [new TextRun(text)] : [],
      }),
    ],
  });
}

const LOGO_HEIGHT_PX = 60;

/** The first page's header: the letterhead (logo, firm name, address lines) over a double rule. */
export function letterheadHeader(letterhead: Letterhead | undefined, zh: boolean): Header {
  if (!letterhead) return new Header({ children: [new Paragraph({ style: STYLE.header })] });
  const logo = letterhead.logo ? logoRun(letterhead.logo) : undefined;
  const alignment = logo ? 'left' : 'center';
  const last = letterhead.lines.length - 1;
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.letterhead,
        alignment,
        spacing: { line: twips(logo ? 48 : 22), lineRule: 'atLeast' },
        children: [
          ...(logo ? [logo, new TextRun('  ')] : []),
          new TextRun({ text: letterhead.name, bold: true, size: (zh ? 16 : 15) * 2 }),
        ],
      }),
      ...letterhead.lines.map(
        (text, i) =>
          new Paragraph({
            style: STYLE.letterhead,
            alignment,
            border:
              i === last
                ? { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: '000000', space: 4 } }
                : undefined,
            children: [new TextRun(text)],
          }),
      ),
    ],
  });
}

function logoRun(bytes: Uint8Array): ImageRun {
  const info = imageInfo(bytes);
  const width = Math.round((info.width / info.height) * LOGO_HEIGHT_PX);
  return new ImageRun({
    type: info.format === 'png' ? 'png' : 'jpg',
    data: bytes,
    transformation: { width, height: LOGO_HEIGHT_PX },
  });
}
