import { unzipSync } from 'fflate';
import { FileError } from '../errors.js';

/** The files of a ZIP archive (a DOCX, an XLSX) by name, read with fflate; a damaged archive names the file. */
export function readZip(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  try {
    return new Map(Object.entries(unzipSync(bytes)));
  } catch (error) {
    throw new FileError(file, `not a readable ZIP archive (${(error as Error).message}); save it again from its program`);
  }
}
