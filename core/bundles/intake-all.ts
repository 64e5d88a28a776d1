import type { ExhibitEntry } from '../exhibits/exhibit-entry.js';
import { intakeExhibit, type Exhibit } from '../exhibits/intake.js';
import type { ExhibitLimits } from '../exhibits/limits.js';

/** Two at a time: image decoding runs on libuv's threads, and these machines have two cores. */
const CONCURRENCY = 2;

/** Reads every exhibit, in order; the first bad file stops the bundle with its named error. `onRead` follows each file read. */
export async function intakeAll(
  evidence: readonly ExhibitEntry[],
  dir: string,
  limits?: ExhibitLimits,
  onRead?: () => void,
): Promise<Exhibit<ExhibitEntry>[]> {
  const results = new Array<Exhibit<ExhibitEntry>>(evidence.length);
  let next = 0;
  const worker = async () => {
    while (next < evidence.length) {
      const i = next++;
      results[i] = await intakeExhibit(evidence[i]!, dir, limits);
      onRead?.();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, evidence.length) }, worker));
  return results;
}
