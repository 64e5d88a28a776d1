import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it } from 'vitest';
import { pageText } from '../../test/support/pdf-tools.js';
import { lacksTools } from '../../test/support/system-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { callApi } from '../api/handlers.js';
import type { CaseFile } from '../case/schema.js';
import { loadCaseFile } from '../case/validate.js';
import { PROJECT_ROOT } from '../project-root.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { openBundle } from './reading/read-bundle.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

/** The evidence panel's ↑/↓: the case's evidence list with one entry moved by one place, saved whole. */
async function move(c: { store: Store; today: () => string }, id: number, index: number, by: -1 | 1) {
  const { case: data } = (await callApi(c, 'cases/get', { id })) as { case: CaseFile };
  const evidence = [...data.evidence];
  const [item] = evidence.splice(index, 1);
  evidence.splice(index + by, 0, item!);
  await callApi(c, 'cases/update', { id, case: { ...data, evidence } });
}

/** The outline as pdf.js reads it: each item's title and the 1-based page it opens. */
async function outline(bytes: Uint8Array): Promise<{ title: string; page: number }[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  try {
    const items = (await pdf.getOutline()) ?? [];
    return await Promise.all(
      items.map(async (item) => {
        const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
        return { title: item.title, page: (await pdf.getPageIndex(dest![0] as { num: number; gen: number })) + 1 };
      }),
    );
  } finally {
    await pdf.destroy();
  }
}

describe.skipIf(lacksTools('the reordered-bundle read-back test', 'pdftotext'))(
  'a bundle after reordering evidence in the app',
  () => {
    it('numbers each exhibit the same on its divider, its bookmark, its index row and in the manifest', async () => {
      store = openStore(join(tempDir(), 'casepack.db'));
      const c = { store, today: () => '2026-01-05' };
      const id = await importCase(store, await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json')));
      // E1 E2 E3 E4 E5 → E5 up twice, E1 down once → E2 E1 E5 E3 E4.
      await move(c, id, 4, -1);
      await move(c, id, 3, -1);
      await move(c, id, 0, 1);
      const expected = [
        { number: 1, id: 'E2', title: '连带责任保证书' },
        { number: 2, id: 'E1', title: '购销合同' },
        { number: 3, id: 'E5', title: '对账函' },
        { number: 4, id: 'E3', title: '送货单（三份）' },
        { number: 5, id: 'E4', title: '银行电子回单' },
      ];

      const built = (await callApi(c, 'bundles/evidence', { id, dividers: true })) as { bytes: string };
      const bytes = new Uint8Array(Buffer.from(built.bytes, 'base64'));
      const file = join(tempDir(), 'bundle.pdf');
      writeFileSync(file, bytes);
      const { manifest } = await openBundle(file);
      const total = manifest!.totalPages;

      expect(manifest!.exhibits.map((e) => ({ number: e.number, id: e.id, title: e.title }))).toEqual(expected);
      const starts = manifest!.exhibits.map((e) => ({ first: e.firstPage, last: e.lastPage }));

      // The index (证据目录): 序号, 证据名称 … 页码 on the first line of each row.
      const index = manifest!.indexPages.map((n) => pageText(file, n, true)).join('\n');
      const rows = [...index.matchAll(/^\s*(\d+)\s+(\S+)\s.*?\s(\d+)(?:–(\d+))?\s+(?:原件|复印件)\s*$/gm)].map((m) => ({
        number: Number(m[1]),
        title: m[2],
        first: Number(m[3]),
        last: Number(m[4] ?? m[3]),
      }));
      expect(rows).toEqual(expected.map((e, i) => ({ number: e.number, title: e.title, ...starts[i]! })));

      // Each divider: 证据 N and the title, stamped with the page the index gives.
      expected.forEach((e, i) => {
        const divider = pageText(file, starts[i]!.first);
        expect(divider).toContain(`证据 ${e.number}`);
        expect(divider).toContain(e.title);
        expect(divider).toContain(`第 ${starts[i]!.first} 页 共 ${total} 页`);
        expect(pageText(file, starts[i]!.last)).toContain(`第 ${starts[i]!.last} 页 共 ${total} 页`);
      });

      // The bookmarks, read by pdf.js: the index, then 证据 N 标题（第 P 页） opening page P.
      const bookmarks = await outline(bytes);
      expect(bookmarks.slice(1)).toEqual(
        expected.map((e, i) => ({ title: `证据 ${e.number} ${e.title}（第 ${starts[i]!.first} 页）`, page: starts[i]!.first })),
      );
    });
  },
);
