import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { openStore, type Store } from '../store/open.js';
import { ApiArgumentError } from './api-error.js';
import { callApi } from './handlers.js';

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
