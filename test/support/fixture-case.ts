import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../core/project-root.js';
import { IMAGE_KINDS, makeImage, makePdf } from './exhibit-fixtures.js';

/** The zh-CN example case, with its evidence replaced by `files` (name → bytes) written into `dir`. */
export function writeFixtureCase(dir: string, files: Record<string, Uint8Array>, locale: 'zh-CN' | 'en-GB' = 'zh-CN'): string {
  const example = join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods');
  const data = JSON.parse(readFileSync(join(example, 'case.json'), 'utf8')) as Record<string, unknown> & {
    mailings: Record<string, unknown>[];
  };
  mkdirSync(join(dir, 'evidence'), { recursive: true });
  mkdirSync(join(dir, 'mail'), { recursive: true });
  for (const file of ['mail/waybill-1151234567890.jpg', 'mail/tracking-1151234567890.pdf'])
    copyFileSync(join(example, file), join(dir, file));
  data.evidence = Object.entries(files).map(([name, bytes], i) => {
    writeFileSync(join(dir, 'evidence', name), bytes);
    return {
      id: `E${i + 1}`,
      title: `证据材料${i + 1}（${name}）`,
      file: `evidence/${name}`,
      source: '原告持有',
      purpose: `证明事实${i + 1}`,
      original: i % 2 === 0,
    };
  });
  data.events = [];
  data.locale = locale;
  const file = join(dir, 'case.json');
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

/** Every image kind and a PDF of mixed page sizes with rotated and cropped pages. */
export async function oddInputs(): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {
    'mixed.pdf': await makePdf([
      { size: [595, 842] },
      { size: [842, 595] },
      { size: [300, 500], rotate: 90 },
      { size: [612, 792], rotate: 180, cropBox: [50, 50, 400, 600] },
    ]),
  };
  for (const kind of IMAGE_KINDS) files[kind] = await makeImage(kind);
  return files;
}
