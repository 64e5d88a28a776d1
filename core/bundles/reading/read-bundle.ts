import { readFile } from 'node:fs/promises';
import { UnreadableFileError } from '../../util/read-failure.js';
import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import { DEFAULT_EXHIBIT_LIMITS, LimitExceeded } from '../../exhibits/limits.js';
import { checkPageTree } from '../../exhibits/page-tree.js';
import { checkPdfSize } from '../../exhibits/pdf-size-check.js';
import { NotABundleError } from '../errors.js';
import { readManifestText, type BundleManifest } from '../manifest.js';

export interface OpenedBundle {
  file: string;
  size: number;
  doc: PDFDocument;
  /** Undefined when the PDF carries no CasePack manifest. */
  manifest?: BundleManifest;
}

/** Opens a bundle PDF from disk with its manifest, if any. */
export async function openBundle(file: string): Promise<OpenedBundle> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new UnreadableFileError(file, error);
  }
  return openBundleBytes(file, bytes);
}

/** Opens bundle bytes within the exhibit limits: a hostile PDF is refused as unreadable, never followed. */
export async function openBundleBytes(file: string, bytes: Uint8Array): Promise<OpenedBundle> {
  let doc: PDFDocument;
  try {
    checkPdfSize(bytes, DEFAULT_EXHIBIT_LIMITS);
    doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  } catch (error) {
    const detail =
      error instanceof LimitExceeded ? `it is over the limit ${error.limit} (${error.max})` : (error as Error).message;
    throw new NotABundleError(file, `not a readable PDF (${detail.split('\n')[0]})`);
  }
  const tree = checkPageTree(doc, DEFAULT_EXHIBIT_LIMITS.maxPages * 10);
  if (tree) throw new NotABundleError(file, tree.kind === 'shape' ? tree.detail : `it has more than ${tree.max} pages`);
  return openedBundle(file, bytes.length, doc);
}

/** A bundle document still in memory, just saved as `size` bytes: checked as it is, without parsing it again. */
export function openedBundle(file: string, size: number, doc: PDFDocument): OpenedBundle {
  const text = readManifestText(doc);
  let manifest: BundleManifest | undefined;
  if (text !== undefined) {
    try {
      manifest = JSON.parse(text) as BundleManifest;
    } catch {
      throw new NotABundleError(file, 'its CasePack manifest is not valid JSON; the bundle has been altered');
    }
    if (manifest.format !== 'casepack-bundle' || manifest.version !== 1 || !Array.isArray(manifest.exhibits))
      throw new NotABundleError(file, 'its manifest is not a CasePack bundle manifest this version reads');
  }
  return { file, size, doc, manifest };
}
