import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { tempSibling } from '../util/own-temp.js';

/** A file on disk to put in the zip under `name`; `compress` for text (a CSV), not for PDFs and DOCX, compressed already. */
export interface ZipEntry {
  name: string;
  file: string;
  compress: boolean;
}

/**
 * Writes a zip of files already on disk to `target`, each read and written in pieces (memory stays the same for
 * ten letters or ten thousand), through a temporary part renamed at the end: a failure leaves nothing at `target`.
 */
export async function writeZipFile(target: string, entries: readonly ZipEntry[]): Promise<void> {
  const part = tempSibling(target);
  try {
    const zip = new ZipFile();
    // yazl reports a file it cannot read on the ZipFile, not on its output: end the output with it.
    zip.on('error', (error: Error) => (zip.outputStream as Readable).destroy(error));
    for (const entry of entries) zip.addFile(entry.file, entry.name, { compress: entry.compress });
    zip.end();
    await pipeline(zip.outputStream, createWriteStream(part, { flags: 'wx', mode: 0o600 }));
    await rename(part, target);
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
}
