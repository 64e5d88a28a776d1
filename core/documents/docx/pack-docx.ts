import { Packer, type Document } from 'docx';
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';
import { spliceBody } from './docx-body.js';
import { staticPart } from './static-parts.js';

/** The package parts of a document by path (XML text or bytes), in the order docx zips them. */
type PackageParts = ReadonlyMap<string, string | Uint8Array>;

interface DocxCompiler {
  compile(document: Document, prettify: undefined, overrides: readonly never[]): PackageParts;
}

/**
 * docx's own compiler, which `Packer` keeps as a private static: it writes the parts, which `Packer` then
 * zips with fflate's JavaScript DEFLATE, half the time of a letter's DOCX. pack-docx.test.ts compares the
 * parts with what `Packer.toBuffer` writes, so a docx release that moves the compiler fails there.
 */
function docxCompiler(): DocxCompiler {
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler is gone; see pack-docx.ts');
  return compiler;
}

/** The main part, whose body docx-body.ts writes. */
const DOCUMENT_PART = 'word/document.xml';

/** A part's text or bytes, its size and CRC-32, and the part deflated. */
interface DeflatedPart {
  data: string | Uint8Array;
  size: number;
  crc: number;
  deflated: Uint8Array<ArrayBuffer>;
}

/**
 * The last part written at each path. Most parts (theme, styles, settings, relationships, headers and
 * footers of one letterhead) are the same from one letter to the next; one entry per path bounds the memory.
 */
const lastPart = new Map<string, DeflatedPart>();

/** The part deflated by Node's zlib (native DEFLATE), or the one kept from the last document if it is the same. */
function deflatePart(path: string, data: string | Uint8Array): DeflatedPart {
  const last = lastPart.get(path);
  if (last && sameData(last.data, data)) return last;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const part = { data, size: bytes.byteLength, crc: crc32(bytes), deflated: deflateRawSync(bytes) };
  lastPart.set(path, part);
  return part;
}

function sameData(a: string | Uint8Array, b: string | Uint8Array): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a === b || Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/** A part already deflated, for fflate's ZIP writer to frame. */
class DeflatedZipPart implements ZipInputFile {
  readonly compression = 8;
  readonly size: number;
  readonly crc: number;
  ondata?: AsyncFlateStreamHandler;

  constructor(
    readonly filename: string,
    private readonly part: DeflatedPart,
  ) {
    this.size = part.size;
    this.crc = part.crc;
  }

  /** Hands the compressed part to the ZIP writer; call after `zip.add(this)`. */
  write(): void {
    this.ondata!(null, this.part.deflated, true);
  }
}

/**
 * A docx `Document` as DOCX bytes: the parts `Packer.toBuffer` writes, in its order, each deflated by Node's
 * zlib instead of fflate's JavaScript port, and only when it differs from the last document's part at its path;
 * the static parts of a document made with `reuseStaticParts` as first written (static-parts.ts).
 */
export function packDocx(document: Document): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [path, data] of docxCompiler().compile(document, undefined, [])) {
    const text =
      typeof data === 'string' ? (path === DOCUMENT_PART ? spliceBody(document, data) : staticPart(document, path, data)) : data;
    const part = new DeflatedZipPart(path, deflatePart(path, text));
    zip.add(part);
    part.write();
  }
  zip.end();
  if (failure) throw failure;
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
