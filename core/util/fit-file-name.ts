/**
 * The longest file name CasePack gives a stored file, in UTF-8 bytes. File systems allow 255 (ext4, APFS;
 * NTFS 255 UTF-16 units), and an atomic write adds `.<name>.<pid>-<random>.tmp` around it: 100 Chinese
 * characters (300 bytes) once made a case impossible to export or bundle.
 */
export const MAX_NAME_BYTES = 200;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * `name` if it fits in `maxBytes` of UTF-8, else shortened at the end of its stem, keeping its extension
 * and never cutting a character (nor a character from its accents or a flag from its second half).
 */
export function fitFileName(name: string, maxBytes: number = MAX_NAME_BYTES): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && Buffer.byteLength(name.slice(dot)) <= 16 ? name.slice(dot) : '';
  let room = maxBytes - Buffer.byteLength(ext);
  let stem = '';
  for (const { segment } of graphemes.segment(name.slice(0, name.length - ext.length))) {
    room -= Buffer.byteLength(segment);
    if (room < 0) break;
    stem += segment;
  }
  return stem + ext;
}
