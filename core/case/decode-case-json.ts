import { decodeText } from '../batch-import/decode-text.js';
import { CaseEncodingError } from '../errors.js';

const NAMES: Record<string, string> = {
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  gb18030: 'GBK/GB18030',
  big5: 'Big5',
};

/**
 * A case file is UTF-8 (with or without a byte-order mark). Text in another encoding is refused with that
 * encoding named rather than stored as mojibake: a guess could silently change a name or an address.
 */
export function decodeCaseJson(file: string, bytes: Uint8Array): string {
  const { text, encoding } = decodeText(bytes);
  if (encoding === 'utf-8') return text;
  throw new CaseEncodingError(file, encodingName(encoding));
}

/** The encoding as people know it: `GBK/GB18030`, `UTF-16`, `Big5`. */
export function encodingName(encoding: string): string {
  return NAMES[encoding] ?? encoding;
}
