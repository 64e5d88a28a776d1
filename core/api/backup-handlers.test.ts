import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { TRANSFER_CHUNK } from '../backup/backup-transfers.js';
import { loadCaseFile } from '../case/validate.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import type { ApiErrorPayload } from './api-error.js';
import { toErrorPayload } from './api-error.js';
import type { ApiContext } from './handler.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

/** The backup as the page gets it: chunk after chunk until its size, then the transfer dropped. */
async function download(c: ApiContext): Promise<Buffer> {
  const { id, size } = (await callApi(c, 'backup/create', {})) as { id: string; size: number };
  const parts: Buffer[] = [];
  for (let offset = 0; offset < size; offset += TRANSFER_CHUNK) {
    const { bytes } = (await callApi(c, 'backup/read', { id, offset })) as { bytes: string };
    parts.push(Buffer.from(bytes, 'base64'));
  }
  await callApi(c, 'backup/discard', { id });
  return Buffer.concat(parts);
}

/** Uploads in pieces smaller than a chunk, as a page with a small buffer would. */
async function upload(c: ApiContext, bytes: Buffer): Promise<string> {
  let id: string | undefined;
  for (let at = 0; at < bytes.length; at += 1_000_000)
    ({ id } = (await callApi(c, 'backup/upload', {
      ...(id ? { id } : {}),
      bytes: bytes.subarray(at, at + 1_000_000).toString('base64'),
    })) as { id: string });
  return id!;
}

describe('backup and restore over the app API', () => {
  it('tells, while a backup is written, how many files are copied of how many', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    for (const file of EXAMPLE_CASES.slice(0, 2)) await importCase(store, await loadCaseFile(file));
    const c = { store, today: () => '2026-11-22' };
    const { id } = (await callApi(c, 'backup/start', {})) as { id: string };
    const seen: { step: string; done: number; total: number }[] = [];
    const writing = callApi(c, 'backup/create', { id });
    // Asked as the page asks, while the backup is being written.
    const asking = (async () => {
      for (let ask = 0; ask < 500 && seen.at(-1)?.step !== 'copy'; ask++) {
        seen.push((await callApi(c, 'backup/progress', { id })) as (typeof seen)[number]);
        await new Promise((wake) => setImmediate(wake));
      }
    })();
    await writing;
    await asking;
    const blobs = readdirSync(store.blobDir, { recursive: true }).filter((f) =>
      /^[0-9a-f]{64}$/.test(basename(String(f))),
    ).length;
    // Every stored file and the database, copied; on the way, a fraction short of the whole.
    expect(await callApi(c, 'backup/progress', { id })).toEqual({ step: 'copy', done: blobs + 1, total: blobs + 1 });
    expect(seen.some((p) => p.step !== null && p.done < p.total)).toBe(true);
    await callApi(c, 'backup/discard', { id });
  });

  it('backs up, restores the old state into the open store, and keeps the replaced database aside', async () => {
    const dir = tempDir();
    store = openStore(join(dir, 'casepack.db'));
    for (const file of EXAMPLE_CASES) await importCase(store, await loadCaseFile(file));
    const c = { store, today: () => '2026-11-22' };
    const before = getCase(store, 1).data;
    const backup = await download(c);
    expect(backup.subarray(0, 2).toString()).toBe('PK');

    await callApi(c, 'cases/update', { id: 1, case: { ...before, title: 'changed after the backup' } });
    const id = await upload(c, backup);
    expect(await callApi(c, 'backup/progress', { id })).toEqual({ step: null, done: 0, total: 0 });
    const checked = (await callApi(c, 'backup/check', { id, name: 'my backup.zip' })) as { backup: { files: number } };
    expect(checked).toMatchObject({
      backup: { cases: EXAMPLE_CASES.length },
      current: { cases: EXAMPLE_CASES.length },
    });
    // Every file of the backup checked: the stored files and the database.
    expect(await callApi(c, 'backup/progress', { id })).toEqual({
      step: 'check',
      done: checked.backup.files + 1,
      total: checked.backup.files + 1,
    });
    const restored = (await callApi(c, 'backup/restore', { id })) as { cases: number; keptAs: string };
    expect(restored.cases).toBe(EXAMPLE_CASES.length);
    expect(restored.keptAs).toMatch(/^casepack\.db\.before-restore-/);
    // The same Store object now reads the restored database.
    expect(getCase(store, 1).data).toEqual(before);
    const aside = openStore(join(dir, restored.keptAs));
    expect(getCase(aside, 1).data.title).toBe('changed after the backup');
    aside.close();
    // Nothing of the transfers is left in the data folder.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a tampered upload naming the file as the user chose it, with a code for the UI, replacing nothing', async () => {
    const dir = tempDir();
    store = openStore(join(dir, 'casepack.db'));
    await importCase(store, await loadCaseFile(EXAMPLE_CASES[0]!));
    const c = { store, today: () => '2026-11-22' };
    const backup = await download(c);
    backup[Math.floor(backup.length / 2)]! ^= 0x01;
    const id = await upload(c, backup);
    const error = await callApi(c, 'backup/check', { id, name: '/home/me/备份 11月.zip' }).catch((e: unknown) => e);
    const payload: ApiErrorPayload = toErrorPayload(error);
    expect(payload).toMatchObject({ name: 'BadBackupError', code: 'backup-refused', params: { file: '备份 11月.zip' } });
    expect(payload.message).toMatch(/^备份 11月\.zip: .*; nothing was restored$/);
    expect(payload.message).not.toMatch(/\.tmp|\/tmp\//);
    await expect(callApi(c, 'backup/restore', { id })).rejects.toMatchObject({ code: 'backup-transfer-gone' });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.includes('before-restore'))).toEqual([]);
  });
});
