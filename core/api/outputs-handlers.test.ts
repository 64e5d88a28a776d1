import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { PROJECT_ROOT } from '../project-root.js';
import { blobPath } from '../store/blobs.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { sha256Hex } from '../util/sha256.js';
import { callApi } from './handlers.js';
import type { ApiContext } from './handler.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

interface Output {
  id: number;
  kind: string;
  fileName: string;
  format: string;
  sha256: string;
  size: number;
  madeAt: string;
  madeBy: string;
  template?: string;
  templateVersion?: string;
  letterNo?: string;
  mailing?: string;
}

async function setUp(): Promise<{ c: ApiContext; id: number }> {
  store = openStore(join(tempDir(), 'casepack.db'));
  const c = { store, today: () => '2026-01-05' };
  const id = await importCase(store, await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json')));
  return { c, id };
}

const list = async (c: ApiContext, id: number) => (await callApi(c, 'outputs/list', { id })) as Output[];
const read = async (c: ApiContext, id: number, output: number) =>
  Buffer.from(((await callApi(c, 'outputs/read', { id, output })) as { bytes: string }).bytes, 'base64');

describe('documents kept with the case', () => {
  it('keeps each exported letter with its template, version, 函号 and maker, and gives back the very bytes', async () => {
    const { c, id } = await setUp();
    await callApi(c, 'settings/update', { lawyer: { name: '王律师', licenseNo: '13101200000000001' } });
    const pdf = (await callApi(c, 'letters/export', {
      id,
      templateId: 'demand-letter',
      format: 'pdf',
      letterNo: '沪催〔2026〕7号',
    })) as {
      fileName: string;
      bytes: string;
      sha256: string;
      output: number;
    };
    const docx = (await callApi(c, 'letters/export', { id, templateId: 'demand-letter', format: 'docx' })) as typeof pdf;

    const kept = await list(c, id);
    expect(kept.map((o) => o.id)).toEqual([docx.output, pdf.output]);
    expect(kept[1]).toMatchObject({
      kind: 'letter',
      fileName: pdf.fileName,
      format: 'pdf',
      sha256: pdf.sha256,
      size: Buffer.from(pdf.bytes, 'base64').length,
      madeBy: '王律师',
      template: 'demand-letter',
      letterNo: '沪催〔2026〕7号',
    });
    expect(kept[1]!.templateVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(kept[0]).toMatchObject({ format: 'docx', sha256: docx.sha256, templateVersion: kept[1]!.templateVersion });
    expect(kept[0]).not.toHaveProperty('letterNo');
    expect(Date.parse(kept[1]!.madeAt)).not.toBeNaN();

    expect((await read(c, id, pdf.output)).equals(Buffer.from(pdf.bytes, 'base64'))).toBe(true);
    expect(sha256Hex(await read(c, id, docx.output))).toBe(docx.sha256);
    // Another case's number is not this case's document.
    await expect(callApi(c, 'outputs/read', { id, output: pdf.output + 100 })).rejects.toMatchObject({ code: 'output-missing' });
  });

  it('keeps evidence and courier bundles, and refuses a kept file changed on disk', async () => {
    const { c, id } = await setUp();
    const evidence = (await callApi(c, 'bundles/evidence', { id })) as { bytes: string; pages: number; output: number };
    const courier = (await callApi(c, 'bundles/courier', { id, mailing: 'm1', reconstruct: true })) as typeof evidence;
    const kept = await list(c, id);
    expect(kept.map((o) => [o.id, o.kind, o.mailing])).toEqual([
      [courier.output, 'courier-bundle', 'm1'],
      [evidence.output, 'evidence-bundle', undefined],
    ]);
    const bytes = await read(c, id, evidence.output);
    expect(bytes.equals(Buffer.from(evidence.bytes, 'base64'))).toBe(true);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(evidence.pages);

    const file = blobPath(store!.blobDir, kept[0]!.sha256);
    const changed = Buffer.from(readFileSync(file));
    changed[changed.length - 10] = changed[changed.length - 10]! ^ 1;
    writeFileSync(file, changed);
    await expect(callApi(c, 'outputs/read', { id, output: courier.output })).rejects.toMatchObject({
      code: 'stored-file-changed',
    });
  });

  it('keeps a bundle built by a job once, as it is handed over', async () => {
    const { c, id } = await setUp();
    const { job } = (await callApi(c, 'bundles/start', { kind: 'evidence', id })) as { job: string };
    let status: { state: string; output?: number; file?: { bytes: string } } = { state: 'running' };
    while (status.state === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      status = (await callApi(c, 'bundles/status', { job })) as typeof status;
    }
    const kept = await list(c, id);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      id: status.output,
      kind: 'evidence-bundle',
      sha256: sha256Hex(Buffer.from(status.file!.bytes, 'base64')),
    });
  });
});
