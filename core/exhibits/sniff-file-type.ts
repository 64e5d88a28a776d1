/** What the first bytes of a file say it is, whatever its name says. */
export type FileType = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'webp' | 'gif' | 'unknown';

/** Reads the magic number. A PDF header may follow up to 1024 bytes of junk (ISO 32000-1, 7.5.2 note). */
export function sniffFileType(bytes: Uint8Array): FileType {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  if (head.indexOf('%PDF-') >= 0) return 'pdf';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  const tag = head.subarray(0, 4).toString('latin1');
  if (tag === 'II*\u0000' || tag === 'MM\u0000*') return 'tiff';
  if (tag === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp';
  if (tag === 'GIF8') return 'gif';
  return 'unknown';
}
