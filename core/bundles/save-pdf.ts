import { PDFDocument } from 'pdf-lib';
import { TOOL_VERSION } from '../project-root.js';

/** A new bundle document with its metadata set. */
export async function createBundleDocument(title: string, language: string, now: Date): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setLanguage(language);
  doc.setCreator(`CasePack ${TOOL_VERSION}`);
  doc.setProducer('CasePack (pdf-lib)');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  return doc;
}

/** Saves in one pass: without object streams (readers and qpdf open it as is) and without yielding per object. */
export function saveBundle(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY, updateFieldAppearances: false });
}
