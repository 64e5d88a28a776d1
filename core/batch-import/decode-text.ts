import chardet from 'chardet';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/**
 * Decodes a CSV file whatever Excel or a bank's system wrote: a byte-order mark says UTF-8 or UTF-16; text
 * without one is UTF-8 if it decodes as such, UTF-16 if every other byte is zero (Excel's "Unicode text"),
 * otherwise what chardet recognises. Chinese files that are not UTF-8 are read as GB18030, the superset of
 * GBK and GB2312 that Chinese Windows and Excel write (Big5 only when chardet says so).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return { text: utf8(buffer.subarray(3))!, encoding: 'utf-8' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const sixteen = utf16WithoutBom(buffer);
  if (sixteen) return { text: iconv.decode(buffer, sixteen), encoding: sixteen };
  const asUtf8 = utf8(buffer);
  if (asUtf8 !== undefined) return { text: asUtf8, encoding: 'utf-8' };
  const guess = chardet.detect(buffer.subarray(0, 64 * 1024));
  const encoding: TextEncoding = guess === 'Big5' ? 'big5' : 'gb18030';
  return { text: iconv.decode(buffer, encoding), encoding };
}

function utf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Header and data of a CSV are mostly ASCII punctuation and digits: in UTF-16 half the bytes are then zero. */
function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}
