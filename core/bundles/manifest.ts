import { decodeStream } from '../exhibits/content-images.js';
import {
  AFRelationship,
  PDFArray,
  PDFDict,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFString,
  PDFHexString,
  type PDFDocument,
} from 'pdf-lib';
import { basename } from 'node:path';
import type { LoadedCase } from '../case/validate.js';
import { TOOL_VERSION } from '../project-root.js';
import { stampOption, type StampStyle } from './stamp.js';

/** What every bundle's manifest says the same way: what made it and when, from which case file, with which stamps. */
export function manifestHeader(
  kind: BundleManifest['kind'],
  loaded: LoadedCase,
  caseSha: string,
  stamp: StampStyle,
  now: Date,
): Pick<BundleManifest, 'format' | 'version' | 'kind' | 'tool' | 'createdAt' | 'case' | 'stamp'> {
  return {
    format: 'casepack-bundle',
    version: 1,
    kind,
    tool: { name: 'CasePack', version: TOOL_VERSION },
    createdAt: now.toISOString(),
    case: { fileName: basename(loaded.file), sha256: caseSha, title: loaded.data.title },
    stamp: stampOption(stamp),
  };
}

/** The attachment every CasePack bundle carries: what went into it, so a court or `verify` can check it. */
export const MANIFEST_NAME = 'casepack-manifest.json';

export interface ManifestExhibit {
  /** The evidence id in the case file. */
  id: string;
  /** Its number in the bundle, as the index, divider and bookmark show it (1 for the first). */
  number: number;
  title: string;
  /** The path as written in the case file. */
  file: string;
  fileName: string;
  source: string;
  purpose: string;
  original: boolean;
  sha256: string;
  size: number;
  firstPage: number;
  lastPage: number;
  volume: number;
}

export interface BundleManifest {
  format: 'casepack-bundle';
  version: 1;
  kind: 'evidence' | 'courier';
  tool: { name: 'CasePack'; version: string };
  createdAt: string;
  case: { fileName: string; sha256: string; title: string };
  stamp: string;
  totalPages: number;
  /** This file's place among the volumes. */
  volume: { n: number; of: number; firstPage: number; lastPage: number; maxBytes?: number };
  volumes: { n: number; fileName: string; firstPage: number; lastPage: number }[];
  /** Pages CasePack wrote itself (cover, index, dividers, courier summary): their text must extract. */
  generatedPages: number[];
  indexPages: number[];
  exhibits: ManifestExhibit[];
  mailing?: {
    id: string;
    carrier: string;
    trackingNo: string;
    status: string;
    letterSha256: string;
    /** `reconstructed`: no copy of the mailed letter was stored, and one was regenerated on request. */
    letterSource: 'stored' | 'reconstructed';
    /** What the bundle lacks as proof (courier-notes.ts codes). */
    warnings: string[];
  };
}

/** Attaches the manifest as an embedded JSON file (associated file, relationship Data). */
export async function attachManifest(doc: PDFDocument, manifest: BundleManifest): Promise<void> {
  const created = new Date(manifest.createdAt);
  await doc.attach(new TextEncoder().encode(JSON.stringify(manifest, null, 2)), MANIFEST_NAME, {
    mimeType: 'application/json',
    description: 'CasePack bundle manifest: exhibits, their SHA-256 and pages',
    creationDate: created,
    modificationDate: created,
    afRelationship: AFRelationship.Data,
  });
}

/** The embedded manifest's JSON text, or undefined when the PDF has none. */
export function readManifestText(doc: PDFDocument): string | undefined {
  const ref = manifestStreamRef(doc);
  const stream = ref && doc.context.lookup(ref);
  return stream instanceof PDFRawStream ? new TextDecoder().decode(manifestBytes(stream)) : undefined;
}

/** Where the embedded CasePack manifest's file stream is, if the PDF has one. */
export function manifestStreamRef(doc: PDFDocument): PDFRef | undefined {
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const list = names?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!list) return undefined;
  for (let i = 0; i + 1 < list.size(); i += 2) {
    const name = list.lookup(i);
    const text = name instanceof PDFString || name instanceof PDFHexString ? name.decodeText() : '';
    if (text !== MANIFEST_NAME) continue;
    const spec = list.lookupMaybe(i + 1, PDFDict);
    const ref = spec?.lookupMaybe(PDFName.of('EF'), PDFDict)?.get(PDFName.of('F'));
    if (ref instanceof PDFRef) return ref;
  }
  return undefined;
}

/** A manifest is a few kilobytes; one that inflates past 16 MB is not ours, and reads as invalid. */
function manifestBytes(stream: PDFRawStream): Uint8Array {
  try {
    return decodeStream(stream, 16 * 1024 * 1024);
  } catch {
    return new Uint8Array(0);
  }
}
