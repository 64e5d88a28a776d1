import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { openStore, type Store } from '../store/open.js';
import { ApiArgumentError } from './api-error.js';
import { deskHandlers } from './desk-handlers.js';
import { callApi, handlers } from './handlers.js';
import { localHandlers } from './local-handlers.js';
import { runUseCase } from './run-use-case.js';
import { storeFileHandlers } from './store-file-handlers.js';
import { useCases } from './use-cases.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

const context = () => {
  store = openStore(join(tempDir(), 'casepack.db'));
  return { store, today: () => '2026-01-05' };
};

describe('callApi (what Electron IPC and the web bridge both call)', () => {
  it('refuses a name that is not in the handler table, including inherited ones', async () => {
    const c = context();
    for (const name of ['cases/drop', 'toString', '__proto__', 42, undefined])
      await expect(callApi(c, name, {})).rejects.toThrow(ApiArgumentError);
  });

  it('refuses bad arguments, naming each field', async () => {
    const c = context();
    await expect(callApi(c, 'cases/get', { id: 'one' })).rejects.toThrow(/cases\/get: id: expected a case id/);
    await expect(callApi(c, 'settings/update', { firm: { name: '' } })).rejects.toThrow(/firm\.name/);
    await expect(callApi(c, 'settings/update', { templatesDir: 'relative/dir' })).rejects.toThrow(
      /templatesDir: expected an absolute/,
    );
    await expect(callApi(c, 'events/add', { id: 1, event: { date: '2026-02-30', kind: 'call' } })).rejects.toThrow(/event\.date/);
    await expect(callApi(c, 'settings/logo', { bytes: 'not base64!' })).rejects.toThrow(/bytes: expected base64/);
  });
});

describe('the use-case table', () => {
  it('names each use case once: no local use case shadows an API call', () => {
    const names = [...Object.keys(handlers), ...Object.keys(localHandlers)];
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(useCases).sort()).toEqual(names.sort());
  });

  it('keeps the use cases that take paths on this machine out of IPC and the web bridge', async () => {
    const c = context();
    for (const name of Object.keys(localHandlers)) await expect(callApi(c, name, {})).rejects.toThrow(/unknown API call/);
  });

  it('runs a use case in-process with the same argument checks as the API', async () => {
    const c = context();
    expect(await runUseCase(c, storeFileHandlers, 'cases/index', {})).toEqual([]);
    await expect(runUseCase(c, storeFileHandlers, 'cases/export', { id: 0, out: '/nowhere' })).rejects.toThrow(ApiArgumentError);
    const due = await runUseCase(c, deskHandlers, 'desk/list', { asOf: '2026-01-05', wait: true });
    expect(due).toMatchObject({ asOf: '2026-01-05', windowDays: 90, total: 0, pending: 0, cases: [] });
  });
});
