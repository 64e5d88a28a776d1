import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);

interface Pako {
  deflate(data: Uint8Array | string, options?: unknown): Uint8Array;
}

let installed = false;

/**
 * pdf-lib compresses every stream (the font subsets, the page contents) with pako, a JavaScript port of
 * zlib: a third of the time of a letter. Node's own zlib writes the same FlateDecode format natively, in
 * a fraction of the time. This points the pako instance pdf-lib loads at it; called by each renderer before it saves.
 */
export function useNativeDeflate(): void {
  if (installed) return;
  const pako = createRequire(require.resolve('pdf-lib'))('pako') as Pako;
  const original = pako.deflate.bind(pako);
  pako.deflate = (data, options) =>
    options === undefined && typeof data !== 'string' ? new Uint8Array(deflateSync(data)) : original(data, options);
  installed = true;
}
