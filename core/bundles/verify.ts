import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sha256File } from '../util/sha256.js';
import { NotABundleError } from './errors.js';
import { outlineItems } from './reading/destinations.js';
import { openBundle } from './reading/read-bundle.js';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface VerifyReport {
  file: string;
  ok: boolean;
  checks: Check[];
  /** Exhibits whose source no longer matches the manifest, as `E3 (evidence/x.pdf)`. */
  changed: string[];
}

/**
 * Checks a bundle against its embedded manifest: the pages it claims, an outline entry per exhibit. With
 * `sources` (the case folder), recomputes each source file's SHA-256 and names every exhibit that changed.
 */
export async function verifyBundle(file: string, options: { sources?: string } = {}): Promise<VerifyReport> {
  const bundle = await openBundle(file);
  const manifest = bundle.manifest;
  if (!manifest)
    throw new NotABundleError(
      file,
      'it carries no CasePack manifest (casepack-manifest.json); only bundles CasePack made can be verified',
    );
  const checks: Check[] = [];
  const pages = bundle.doc.getPageCount();
  const expected = manifest.volume.lastPage - manifest.volume.firstPage + 1;
  checks.push({
    name: 'pages',
    ok: pages === expected,
    detail: `${pages} page(s); the manifest records ${expected} (pages ${manifest.volume.firstPage}–${manifest.volume.lastPage})`,
  });
  const here = manifest.exhibits.filter((e) => e.volume === manifest.volume.n);
  const outline = outlineItems(bundle.doc);
  const unmarked = here.filter(
    (e) => !outline.some((item) => item.target?.pageIndex === e.firstPage - manifest.volume.firstPage),
  );
  checks.push({
    name: 'exhibits',
    ok: unmarked.length === 0 && here.every((e) => e.lastPage <= manifest.volume.lastPage),
    detail:
      unmarked.length === 0
        ? `${here.length} exhibit(s) where the manifest places them`
        : `no bookmark at the start of ${unmarked.map((e) => e.id).join(', ')}`,
  });
  const changed: string[] = [];
  if (options.sources) {
    for (const exhibit of manifest.exhibits) {
      const path =
        (await existing(resolve(options.sources, exhibit.file))) ?? (await existing(join(options.sources, exhibit.fileName)));
      const label = `${exhibit.id} (${exhibit.file})`;
      if (!path) changed.push(`${label}: missing`);
      else if ((await sha256File(path)) !== exhibit.sha256) changed.push(`${label}: changed`);
    }
    checks.push({
      name: 'sources',
      ok: changed.length === 0,
      detail: changed.length === 0 ? `${manifest.exhibits.length} source file(s) match their SHA-256` : changed.join('; '),
    });
    const casePath = await existing(join(options.sources, manifest.case.fileName));
    if (casePath) {
      const same = (await sha256File(casePath)) === manifest.case.sha256;
      checks.push({
        name: 'case file',
        ok: same,
        detail: same ? `${manifest.case.fileName} matches` : `${manifest.case.fileName} has changed since the bundle was made`,
      });
    }
  }
  return { file, ok: checks.every((c) => c.ok), checks, changed };
}

async function existing(path: string): Promise<string | undefined> {
  return (await stat(path).catch(() => undefined))?.isFile() ? path : undefined;
}
