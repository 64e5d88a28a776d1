import { inflateCapped } from './content-images.js';
import { LimitExceeded, type ExhibitLimits } from './limits.js';

/** Object streams hold dictionaries and numbers; pdf-lib turns every byte of them into objects. */
const MAX_OBJECT_STREAM_BYTES = 64 * 1024 * 1024;

/**
 * pdf-lib parses a whole PDF when it loads it, inflating every object stream with decoders that have no
 * output limit. This looks at the raw bytes first: at most `maxObjects` objects, and object streams that
 * inflate (all together) to at most 64 MB. Throws LimitExceeded; a stream it cannot read is left to pdf-lib.
 */
export function checkPdfSize(bytes: Uint8Array, limits: ExhibitLimits): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const header = /\d+\s+\d+\s+obj\b/g;
  let objects = 0;
  while (objects <= limits.maxObjects && header.exec(text)) objects++;
  let inflated = 0;
  for (const match of text.matchAll(/\/Type\s*\/ObjStm\b/g)) {
    const start = text.indexOf('stream', match.index);
    const dictStart = text.lastIndexOf('obj', match.index);
    if (start < 0 || dictStart < 0) continue;
    const dict = text.slice(dictStart, start);
    objects += Number(/\/N\s+(\d+)/.exec(dict)?.[1] ?? 0);
    if (objects > limits.maxObjects) break;
    const dataStart = start + 6 + (text.startsWith('\r\n', start + 6) ? 2 : text[start + 6] === '\n' ? 1 : 0);
    const end = text.indexOf('endstream', dataStart);
    if (end < 0 || !/\/FlateDecode\b/.test(dict)) continue;
    const budget = Math.min(limits.maxStreamBytes, MAX_OBJECT_STREAM_BYTES) - inflated;
    try {
      inflated += inflateCapped(bytes.subarray(dataStart, end), Math.max(budget, 1)).length;
    } catch (error) {
      if (error instanceof LimitExceeded) throw new LimitExceeded('maxStreamBytes', undefined, error.max + inflated);
      throw error;
    }
  }
  if (objects > limits.maxObjects) throw new LimitExceeded('maxObjects', undefined, limits.maxObjects);
}
