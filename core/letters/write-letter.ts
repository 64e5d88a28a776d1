import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { CaseFile } from '../case/schema.js';
import { assertExportable } from '../compliance/exportable.js';
import type { Override } from '../compliance/types.js';
import { renderDocx } from '../documents/docx/render-docx.js';
import { renderPdf } from '../documents/pdf/render-pdf.js';
import { writeFileAtomic, writeFileAtomicSync } from '../util/atomic-write.js';
import { sha256Hex } from '../util/sha256.js';
import { generateLetter, type GeneratedLetter, type GenerateLetterOptions } from './generate-letter.js';

export type LetterFormat = 'pdf' | 'docx';

/**
 * Writes a letter's file. On a worker thread (the render pool, which does nothing else meanwhile) the write
 * blocks: the async write's trips through libuv's thread pool cost 3–4 times the CPU (0.9 against 0.2 ms a letter).
 */
const writeFile = isMainThread
  ? writeFileAtomic
  : (path: string, data: Uint8Array | string) => Promise.resolve(writeFileAtomicSync(path, data));

export interface WrittenLetterFile {
  format: LetterFormat;
  path: string;
  sha256: string;
  size: number;
}

export interface WrittenLetter {
  letter: GeneratedLetter;
  files: WrittenLetterFile[];
  /** Wording errors the user overrode, with reasons; also written to `<id>.overrides.json`. */
  overrides: Override[];
}

/** Renders a generated letter to bytes in each format. */
export async function renderLetter(letter: GeneratedLetter, format: LetterFormat): Promise<Uint8Array> {
  return format === 'pdf' ? renderPdf(letter.model) : renderDocx(letter.model);
}

/**
 * Case → letter → `<template id>.pdf` / `.docx` in `outDir`. The wording guard runs first: an error finding
 * stops the export unless overridden with a reason, and the overrides are recorded beside the files. Each file
 * is written to a temporary name and renamed, so a failure leaves no partial letter.
 */
export async function writeLetter(
  data: CaseFile,
  options: GenerateLetterOptions & { outDir: string; formats: readonly LetterFormat[]; overrides?: readonly Override[] },
): Promise<WrittenLetter> {
  const letter = generateLetter(data, options);
  const overrides = assertExportable(letter.findings, options.overrides);
  const rendered = await Promise.all(
    options.formats.map(async (format) => ({ format, bytes: await renderLetter(letter, format) })),
  );
  const files: WrittenLetterFile[] = [];
  for (const { format, bytes } of rendered) {
    const path = join(options.outDir, `${options.templateId}.${format}`);
    await writeFile(path, bytes);
    files.push({ format, path, sha256: sha256Hex(bytes), size: bytes.byteLength });
  }
  if (overrides.length > 0)
    await writeFile(
      join(options.outDir, `${options.templateId}.overrides.json`),
      `${JSON.stringify({ template: options.templateId, asOf: options.asOf, overrides, files: files.map((f) => ({ path: f.path, sha256: f.sha256 })) }, null, 2)}\n`,
    );
  return { letter, files, overrides };
}
