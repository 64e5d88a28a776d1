import { createRequire } from 'node:module';
import { setImmediate as tick } from 'node:timers/promises';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflatingAt, useNativeDeflate } from './native-deflate.js';

/** The pako instance pdf-lib compresses its streams with. */
const pdfLibPako = createRequire(createRequire(import.meta.url).resolve('pdf-lib'))('pako') as {
  deflate(data: Uint8Array): Uint8Array;
};

/** Text that compresses differently at levels 1 and 9. */
const data = new Uint8Array(
  Buffer.from(Array.from({ length: 4000 }, (_, i) => `line ${i % 97} of ${(i * 7919) % 1009};`).join('\n')),
);

describe('native DEFLATE for pdf-lib', () => {
  it("compresses pdf-lib's streams with zlib at its default level, readable back", () => {
    useNativeDeflate();
    const stream = pdfLibPako.deflate(data);
    expect(Buffer.from(stream).equals(deflateSync(data))).toBe(true);
    expect(inflateSync(stream).equals(data)).toBe(true);
  });

  it('uses the level of deflatingAt for that work only, across awaits, while other work keeps the default', async () => {
    const inside = deflatingAt(1, async () => {
      await tick();
      return pdfLibPako.deflate(data);
    });
    const outside = pdfLibPako.deflate(data);
    const fast = await inside;
    expect(Buffer.from(fast).equals(deflateSync(data, { level: 1 }))).toBe(true);
    expect(Buffer.from(outside).equals(deflateSync(data))).toBe(true);
    expect(fast.byteLength).not.toBe(outside.byteLength);
    expect(inflateSync(fast).equals(data)).toBe(true);
  });
});
