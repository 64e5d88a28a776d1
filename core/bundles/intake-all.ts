import type { ExhibitEntry } from '../exhibits/exhibit-entry.js';
import { checkExhibitFile } from '../exhibits/check-exhibit.js';
import { ExhibitError, ExhibitsRefusedError } from '../exhibits/errors.js';
import { intakeExhibit, type Exhibit } from '../exhibits/intake.js';
import type { ExhibitLimits } from '../exhibits/limits.js';

/** Two at a time: image decoding runs on libuv's threads, and these machines have two cores. */
const CONCURRENCY = 2;

/**
 * Reads every exhibit, in order. A bad file does not stop the reading: once one is found the rest are only
 * checked (nothing prepared), and the bundle is refused naming every bad exhibit (one: its own error; more:
 * ExhibitsRefusedError). `onRead` follows each file read.
 */
export async function intakeAll(
  evidence: readonly ExhibitEntry[],
  dir: string,
  limits?: ExhibitLimits,
  onRead?: () => void,
): Promise<Exhibit<ExhibitEntry>[]> {
  const results = new Array<Exhibit<ExhibitEntry>>(evidence.length);
  const problems = new Array<ExhibitError | undefined>(evidence.length);
  let failed = false;
  let next = 0;
  const worker = async () => {
    while (next < evidence.length) {
      const i = next++;
      try {
        if (failed) await checkExhibitFile(evidence[i]!, dir, limits);
        else results[i] = await intakeExhibit(evidence[i]!, dir, limits);
      } catch (error) {
        if (!(error instanceof ExhibitError)) throw error;
        problems[i] = error;
        failed = true;
      }
      onRead?.();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, evidence.length) }, worker));
  const found = problems.filter((p): p is ExhibitError => p !== undefined);
  if (found.length === 1) throw found[0]!;
  if (found.length > 1) throw new ExhibitsRefusedError(found);
  return results;
}
