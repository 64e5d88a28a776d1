import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { constants, deflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);

interface Pako {
  deflate(data: Uint8Array | string, options?: unknown): Uint8Array;
}

let installed = false;

/** The DEFLATE level of the streams a save writes, when the save runs inside `deflatingAt`. */
const streamLevel = new AsyncLocalStorage<number>();

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
    options === undefined && typeof data !== 'string'
      ? new Uint8Array(deflateSync(data, { level: streamLevel.getStore() ?? constants.Z_DEFAULT_COMPRESSION }))
      : original(data, options);
  installed = true;
}

/**
 * Runs `work` (building and saving a PDF) with its streams deflated at `level` (zlib's 1–9), whatever else
 * runs meanwhile: other documents keep zlib's default.
 */
export function deflatingAt<T>(level: number, work: () => Promise<T>): Promise<T> {
  useNativeDeflate();
  return streamLevel.run(level, work);
}
