import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

/**
 * pdf-lib, loaded with `require`. pdf-lib ships CommonJS only (its ES build has bare relative imports Node
 * cannot load), and an ES `import` of it makes Node scan its 170 files for their export names first: about
 * 0.2 s of CPU in every process that renders a letter, once per letter worker. `require` skips the scan and
 * returns the same module instance an `import` elsewhere gets.
 */
export const pdfLib = createRequire(import.meta.url)('pdf-lib') as typeof PdfLib;
