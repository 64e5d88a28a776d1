import { Packer, type Document } from 'docx';
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';

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

/** A part compressed by Node's zlib (native DEFLATE) before fflate's ZIP writer frames it. */
class NativeDeflatePart implements ZipInputFile {
  readonly compression = 8;
  readonly size: number;
  readonly crc: number;
  ondata?: AsyncFlateStreamHandler;

  constructor(
    readonly filename: string,
    private readonly bytes: Uint8Array,
  ) {
    this.size = bytes.byteLength;
    this.crc = crc32(bytes);
  }

  /** Hands the compressed part to the ZIP writer; call after `zip.add(this)`. */
  write(): void {
    this.ondata!(null, deflateRawSync(this.bytes), true);
  }
}

/**
 * A docx `Document` as DOCX bytes: the parts `Packer.toBuffer` writes, in its order, each deflated by Node's
 * zlib instead of fflate's JavaScript port.
 */
export function packDocx(document: Document): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [path, data] of docxCompiler().compile(document, undefined, [])) {
    const part = new NativeDeflatePart(path, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
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
