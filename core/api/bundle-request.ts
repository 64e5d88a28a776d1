import { buildCourierBundle } from '../bundles/build-courier-bundle.js';
import { bundleFileName } from '../bundles/bundle-file-name.js';
import type { OnBundleProgress } from '../bundles/bundle-progress.js';
import type { CourierWarning } from '../bundles/courier-notes.js';
import { buildEvidenceBundle } from '../bundles/build-evidence-bundle.js';
import { parseStampStyle } from '../bundles/stamp.js';
import { exhibitLimitsFrom } from '../exhibits/limits.js';
import { mailedLetterProvider } from '../letters/mailed-letter.js';
import { readAppSettings } from '../settings/settings-store.js';
import type { LetterSettings } from '../letters/settings.js';
import { withCaseFolder } from '../store/case-folder.js';
import type { Store } from '../store/open.js';

/** A bundle to build: the evidence bundle of a case, or the courier-receipt bundle of one of its mailings. */
export type BundleRequest =
  | { kind: 'evidence'; id: number; stamp: string; dividers: boolean; court?: string | undefined; date: string }
  | { kind: 'courier'; id: number; mailing: string; reconstruct: boolean; settings: LetterSettings };

/** One row of the evidence index (证据目录) as the built bundle has it, for the app to show. */
export interface IndexRow {
  n: number;
  title: string;
  source: string;
  purpose: string;
  original: boolean;
  firstPage: number;
  lastPage: number;
}

export interface BuiltFile {
  fileName: string;
  bytes: Uint8Array;
  pages: number;
  /** The index rows of an evidence bundle; empty for a courier bundle. */
  index: IndexRow[];
  /** What a courier bundle lacks as proof (its first page lists them too); empty for an evidence bundle. */
  warnings: CourierWarning[];
}

/** Builds one bundle from the stored case: the same work whether it runs in a worker thread or in place. */
export async function buildBundle(store: Store, request: BundleRequest, onProgress?: OnBundleProgress): Promise<BuiltFile> {
  const limits = exhibitLimitsFrom(readAppSettings(store).exhibitLimits);
  return withCaseFolder(store, request.id, async (loaded) => {
    if (request.kind === 'courier') {
      const built = await buildCourierBundle(loaded, request.mailing, {
        letter: mailedLetterProvider(request.settings),
        reconstruct: request.reconstruct,
        limits,
        onProgress,
      });
      return {
        fileName: bundleFileName(loaded.data, { kind: 'courier', mailing: request.mailing }),
        bytes: built.volumes[0]!.bytes,
        pages: built.manifest.totalPages,
        index: [],
        warnings: built.warnings,
      };
    }
    const stamp = request.stamp === 'auto' ? undefined : parseStampStyle(request.stamp);
    const built = await buildEvidenceBundle(loaded, {
      stamp,
      dividers: request.dividers,
      court: request.court,
      date: request.date,
      limits,
      onProgress,
    });
    const index = built.manifest.exhibits.map((e) => ({
      n: e.number,
      title: e.title,
      source: e.source,
      purpose: e.purpose,
      original: e.original,
      firstPage: e.firstPage,
      lastPage: e.lastPage,
    }));
    return {
      fileName: bundleFileName(loaded.data, { kind: 'evidence', date: request.date }),
      bytes: built.volumes[0]!.bytes,
      pages: built.manifest.totalPages,
      index,
      warnings: [],
    };
  });
}
