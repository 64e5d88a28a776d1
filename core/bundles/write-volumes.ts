import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { makeFolder } from '../util/output-folder.js';
import { sweepOwnTemps, tempSibling } from '../util/own-temp.js';

/** `out` for a single volume; `name-vol1.pdf`, `name-vol2.pdf`… beside it when there are several. */
export function volumePath(out: string, n: number, of: number): string {
  if (of === 1) return out;
  const ext = extname(out) || '.pdf';
  return join(dirname(out), `${basename(out, extname(out))}-vol${n}${ext}`);
}

/**
 * Writes every volume to a temporary file first and renames them only when all are written, so a failure
 * leaves no bundle (and no partial set of volumes) behind.
 */
export async function writeVolumes(out: string, volumes: readonly { bytes: Uint8Array }[]): Promise<string[]> {
  await makeFolder(dirname(out));
  const targets = volumes.map((_, i) => volumePath(out, i + 1, volumes.length));
  // Parts a killed bundle job left in this folder go first (only those of processes no longer running).
  await sweepOwnTemps('parts', dirname(out));
  const temps = targets.map(tempSibling);
  try {
    for (let i = 0; i < volumes.length; i++) await writeFile(temps[i]!, volumes[i]!.bytes);
    for (let i = 0; i < volumes.length; i++) await rename(temps[i]!, targets[i]!);
  } catch (error) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw error;
  }
  return targets;
}
