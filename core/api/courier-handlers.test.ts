import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { makePdf } from '../../test/support/exhibit-fixtures.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { readManifestText } from '../bundles/manifest.js';
import { loadCaseFile } from '../case/validate.js';
import { PROJECT_ROOT } from '../project-root.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { sha256Hex } from '../util/sha256.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

interface CourierFile {
  bytes: string;
  pages: number;
  warnings: { code: string }[];
}

describe('courier bundles in the app', () => {
  it('refuses without the mailed letter, reconstructs only when asked, and uses the letter once attached', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2026-01-05' };
    const id = await importCase(store, await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json')));

    await expect(callApi(c, 'bundles/courier', { id, mailing: 'm1' })).rejects.toMatchObject({
      code: 'mailed-letter-missing',
      params: { mailing: 'm1', document: 'demand-letter' },
    });
    const rebuilt = (await callApi(c, 'bundles/courier', { id, mailing: 'm1', reconstruct: true })) as CourierFile;
    expect(rebuilt.warnings).toEqual([{ code: 'letter-reconstructed', mailing: 'm1' }]);

    const letter = await makePdf([{ size: [595, 842] }]);
    const bytes = Buffer.from(letter).toString('base64');
    await callApi(c, 'mailings/attach', { id, mailing: 'm1', slot: 'letter', name: 'demand-letter.pdf', bytes });
    const kept = (await callApi(c, 'bundles/courier', { id, mailing: 'm1', reconstruct: true })) as CourierFile;
    expect(kept.warnings).toEqual([]);
    const manifest = JSON.parse(readManifestText(await PDFDocument.load(Buffer.from(kept.bytes, 'base64')))!);
    expect(manifest.mailing).toMatchObject({ letterSource: 'stored', letterSha256: sha256Hex(letter), warnings: [] });
  });
});
