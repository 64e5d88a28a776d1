import { PDFDocument } from 'pdf-lib';
import { useNativeDeflate } from '../documents/pdf/native-deflate.js';
import { TOOL_VERSION } from '../project-root.js';
import { serializePdf } from './serialize-pdf.js';

/** A new bundle document with its metadata set. */
export async function createBundleDocument(title: string, language: string, now: Date): Promise<PDFDocument> {
  useNativeDeflate();
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setLanguage(language);
  doc.setCreator(`CasePack ${TOOL_VERSION}`);
  doc.setProducer('CasePack (pdf-lib)');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  return doc;
}

/**
 * Saves as `doc.save({ useObjectStreams: false })` would, byte for byte, only faster: fonts and attachments are
 * embedded, then every object is written once. Without object streams readers and qpdf open it as is.
 */
export async function saveBundle(doc: PDFDocument): Promise<Uint8Array> {
  await doc.flush();
  return serializePdf(doc.context);
}
