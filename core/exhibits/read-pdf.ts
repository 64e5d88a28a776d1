import { PDFDocument, PDFName, PDFNumber, ParseSpeeds, type PDFPage } from 'pdf-lib';
import { DamagedPdfError, EncryptedPdfError, type ExhibitRef } from './errors.js';
import { decryptOwnerOnlyPdf } from './pdf-decryption.js';
import { downsamplePdfImages } from './downsample-pdf-images.js';
import { DEFAULT_EXHIBIT_LIMITS, ExhibitLimitError, withinLimits, type ExhibitLimits } from './limits.js';
import { checkImagePixels } from './image-pixels.js';
import { pageGeometry, type PageGeometry } from './page-geometry.js';
import { checkPageTree } from './page-tree.js';
import { stripActiveContent } from './strip-active-content.js';
import { checkPdfSize } from './pdf-size-check.js';
import { declaresEncryption, pdfStructureProblem } from './pdf-structure.js';

export interface ReadPdf {
  doc: PDFDocument;
  pages: PageGeometry[];
}

const LOAD_OPTIONS = { throwOnInvalidObject: true, updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } as const;

/**
 * Loads an exhibit PDF, refusing a damaged one and decrypting an owner-password-only one. A PDF over one of
 * `limits` is refused (ExhibitLimitError) before it costs more than the limit allows.
 */
export async function readPdf(
  ref: ExhibitRef,
  path: string,
  bytes: Uint8Array,
  limits: ExhibitLimits = DEFAULT_EXHIBIT_LIMITS,
): Promise<ReadPdf> {
  const { doc, pages } = await openPdf(ref, path, bytes, limits);
  stripActiveContent(doc);
  const geometry = pages.map(pageGeometry);
  await withinLimits(ref, () => downsamplePdfImages(doc, geometry, limits));
  return { doc, pages: geometry };
}

/**
 * The checks of `readPdf` that decide whether the PDF can be used at all (password, damage, page, size and
 * image-pixel limits), without preparing its pages: what adding evidence and `validate` run, so a bad file is refused
 * when it comes in rather than when a bundle is made.
 */
export async function openPdf(
  ref: ExhibitRef,
  path: string,
  bytes: Uint8Array,
  limits: ExhibitLimits = DEFAULT_EXHIBIT_LIMITS,
): Promise<{ doc: PDFDocument; pages: PDFPage[] }> {
  const plain = declaresEncryption(bytes) ? await decryptOwnerOnlyPdf(ref, path) : bytes;
  const problem = pdfStructureProblem(plain);
  if (problem) throw new DamagedPdfError(ref, problem);
  await withinLimits(ref, () => checkPdfSize(plain, limits));
  const doc = await load(ref, plain);
  if (doc.isEncrypted)
    throw new EncryptedPdfError(ref, 'the PDF is still encrypted after decryption; print it to a new PDF and use that file');
  const tree = checkPageTree(doc, limits.maxPages);
  if (tree?.kind === 'shape') throw new DamagedPdfError(ref, tree.detail);
  if (tree?.kind === 'pages') throw new ExhibitLimitError(ref, 'maxPages', undefined, tree.max);
  const pages = doc.getPages();
  const declared = doc.catalog.Pages().lookup(PDFName.of('Count'));
  if (declared instanceof PDFNumber && declared.asNumber() !== pages.length)
    throw new DamagedPdfError(ref, `its page tree declares ${declared.asNumber()} pages but holds ${pages.length}`);
  if (pages.length === 0) throw new DamagedPdfError(ref, 'it has no pages');
  await withinLimits(ref, () => checkImagePixels(pages, limits.maxImagePixels));
  return { doc, pages };
}

async function load(ref: ExhibitRef, bytes: Uint8Array): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(bytes, { ...LOAD_OPTIONS, ignoreEncryption: true });
  } catch (error) {
    throw new DamagedPdfError(ref, (error as Error).message.split('\n')[0]!);
  }
}
