import type { ExhibitEntry } from '../exhibits/exhibit-entry.js';
import type { Exhibit } from '../exhibits/intake.js';
import { BundleError } from './errors.js';

/** Where an exhibit sits in the bundle: its first page is its divider when there is one. */
export interface PlannedExhibit {
  exhibit: Exhibit<ExhibitEntry>;
  firstPage: number;
  lastPage: number;
  divider?: number;
  volume: number;
}

export interface PlannedVolume {
  n: number;
  firstPage: number;
  lastPage: number;
  exhibits: PlannedExhibit[];
}

export interface BundlePlan {
  totalPages: number;
  indexPages: number[];
  exhibits: PlannedExhibit[];
  volumes: PlannedVolume[];
}

/** What a volume weighs before its exhibits: font subsets, plus the cover and index in the first. */
const FIRST_VOLUME_OVERHEAD = 80_000;
const VOLUME_OVERHEAD = 20_000;
const PAGE_OVERHEAD = 600;

/**
 * Numbers every page: the cover is page 1, the index follows, then each exhibit (after its divider). With a
 * byte budget, exhibits are shared out into volumes in order; numbers run on across volumes.
 */
export function planBundle(
  exhibits: readonly Exhibit<ExhibitEntry>[],
  indexPageCount: number,
  options: { dividers: boolean; budget?: number },
): BundlePlan {
  const indexPages = Array.from({ length: indexPageCount }, (_, i) => 2 + i);
  let next = 2 + indexPageCount;
  const planned: PlannedExhibit[] = [];
  const volumes: PlannedVolume[] = [{ n: 1, firstPage: 1, lastPage: next - 1, exhibits: [] }];
  let weight = FIRST_VOLUME_OVERHEAD;
  for (const exhibit of exhibits) {
    const pages = exhibit.orientations.length + (options.dividers ? 1 : 0);
    const cost = exhibit.weight + pages * PAGE_OVERHEAD;
    if (options.budget !== undefined && weight + cost > options.budget) {
      if (cost + VOLUME_OVERHEAD > options.budget)
        throw new BundleError(
          `evidence ${exhibit.ref.id} (${exhibit.ref.file}) alone is larger than the volume size limit; raise --volume-mb`,
        );
      volumes.push({ n: volumes.length + 1, firstPage: next, lastPage: next - 1, exhibits: [] });
      weight = VOLUME_OVERHEAD;
    }
    const volume = volumes.at(-1)!;
    const item: PlannedExhibit = { exhibit, firstPage: next, lastPage: next + pages - 1, volume: volume.n };
    if (options.dividers) item.divider = next;
    planned.push(item);
    volume.exhibits.push(item);
    volume.lastPage = item.lastPage;
    weight += cost;
    next += pages;
  }
  return { totalPages: next - 1, indexPages, exhibits: planned, volumes };
}
