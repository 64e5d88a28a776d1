import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFStream, decodePDFRawStream, type PDFDocument } from 'pdf-lib';

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const MAX_FORM_DEPTH = 6;

/** The highest resolution, in pixels per inch, of any image drawn on a page (0 when none). */
export function maxImageDpi(doc: PDFDocument, pageIndex: number): number {
  const page = doc.getPage(pageIndex);
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  const bytes = streams.filter((s): s is PDFRawStream => s instanceof PDFRawStream).map(decode);
  return walk(doc, Buffer.concat(bytes.flatMap((b) => [b, Buffer.from('\n')])), page.node.Resources(), IDENTITY, 0);
}

function decode(stream: PDFRawStream): Buffer {
  try {
    return Buffer.from(decodePDFRawStream(stream).decode());
  } catch {
    return Buffer.alloc(0);
  }
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** Follows q/Q/cm and Do through the content, into form XObjects; returns the highest image dpi met. */
function walk(doc: PDFDocument, content: Buffer, resources: PDFDict | undefined, start: Matrix, depth: number): number {
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  let ctm = start;
  const stack: Matrix[] = [];
  let operands: string[] = [];
  let highest = 0;
  for (const token of tokens(content)) {
    if (!token.operator) {
      operands.push(token.text);
      continue;
    }
    if (token.text === 'q') stack.push(ctm);
    else if (token.text === 'Q') ctm = stack.pop() ?? ctm;
    else if (token.text === 'cm' && operands.length >= 6) ctm = multiply(operands.slice(-6).map(Number) as Matrix, ctm);
    else if (token.text === 'Do' && xobjects) {
      const xobject = xobjects.lookup(PDFName.of(operands.at(-1)!.slice(1)));
      if (xobject instanceof PDFStream) highest = Math.max(highest, drawn(doc, xobject, ctm, depth));
    }
    operands = [];
  }
  return highest;
}

function drawn(doc: PDFDocument, xobject: PDFStream, ctm: Matrix, depth: number): number {
  const dict = xobject.dict;
  const subtype = dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText();
  if (subtype === 'Image') {
    const px = (key: string) => dict.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber() ?? 0;
    const width = Math.hypot(ctm[0], ctm[1]) / 72;
    const height = Math.hypot(ctm[2], ctm[3]) / 72;
    return width > 0 && height > 0 ? Math.max(px('Width') / width, px('Height') / height) : 0;
  }
  if (subtype !== 'Form' || depth >= MAX_FORM_DEPTH || !(xobject instanceof PDFRawStream)) return 0;
  const m = dict.lookupMaybe(PDFName.of('Matrix'), PDFArray);
  const matrix = m ? (m.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : 0)) as Matrix) : IDENTITY;
  return walk(doc, decode(xobject), dict.lookupMaybe(PDFName.of('Resources'), PDFDict), multiply(matrix, ctm), depth + 1);
}

const DELIMITERS = new Set('()<>[]{}/%'.split(''));

/** A minimal content-stream tokenizer: operands as text, operators flagged; strings and inline images skipped. */
function* tokens(content: Buffer): Generator<{ text: string; operator: boolean }> {
  const text = content.toString('latin1');
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) i++;
    else if (ch === '%') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (ch === '(') {
      let depth = 0;
      for (; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') depth++;
        else if (text[i] === ')' && --depth === 0) break;
      }
      i++;
      yield { text: '()', operator: false };
    } else if (ch === '<' && text[i + 1] !== '<') {
      i = text.indexOf('>', i) + 1 || text.length;
      yield { text: '<>', operator: false };
    } else if (ch === '<' || ch === '>' || ch === '[' || ch === ']' || ch === '{' || ch === '}') {
      i += ch === '<' || ch === '>' ? 2 : 1;
    } else {
      let end = i + 1;
      while (end < text.length && !/\s/.test(text[end]!) && !DELIMITERS.has(text[end]!)) end++;
      const word = text.slice(i, end);
      i = end;
      const operator = ch !== '/' && !/^[+\-.\d]/.test(word);
      if (operator && word === 'BI') {
        const data = text.indexOf('ID', i);
        const close = text.slice(data).search(/\sEI(\s|$)/);
        i = data < 0 || close < 0 ? text.length : data + close + 3;
        yield { text: 'BI', operator: true };
      } else yield { text: word, operator };
    }
  }
}
