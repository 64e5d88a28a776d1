import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { guarantorLetterCases } from '../../test/legal/guarantor-letters.cases.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { makeCase } from '../calc/case-fixture.js';
import { loadCaseFile } from '../case/validate.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { toErrorPayload } from './api-error.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

describe('letters in the app: the addressee', () => {
  it('writes to the chosen party, and refuses a guarantor whose guarantee has lapsed with its code and date', async () => {
    const dir = tempDir();
    const lapsed = guarantorLetterCases.find((k) => k.id === 'gl-joint-lapsed-demand')!;
    writeFileSync(join(dir, 'case.json'), JSON.stringify(makeCase(lapsed.case)));
    store = openStore(join(dir, 'casepack.db'));
    const c = { store, today: () => lapsed.asOf };
    const id = await importCase(store, await loadCaseFile(join(dir, 'case.json')));

    for (const name of ['letters/preview', 'letters/export'] as const) {
      const failure = await callApi(c, name, { id, templateId: 'demand-letter', format: 'pdf', to: 1 }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(toErrorPayload(failure)).toMatchObject({
        name: 'GuaranteeLapsedError',
        message: expect.stringContaining('ended on 2024-09-18'),
      });
      expect(failure).toMatchObject({
        code: 'guarantee-lapsed',
        params: { party: 1, guarantor: '丁某', periodEnd: '2024-09-18' },
      });
    }
    // Before the period ended the same letter goes to the guarantor.
    const inTime = { store, today: () => '2024-09-18' };
    const file = (await callApi(inTime, 'letters/export', { id, templateId: 'demand-letter', format: 'pdf', to: 1 })) as {
      bytes: string;
    };
    expect(Buffer.from(file.bytes, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    await expect(callApi(c, 'letters/preview', { id, templateId: 'demand-letter', to: 0 })).resolves.toMatchObject({
      title: '催款函',
    });
    await expect(callApi(c, 'letters/preview', { id, templateId: 'demand-letter', to: 2 })).rejects.toThrow(
      /^to: case \d+ has 2 debtor\(s\) and guarantor\(s\)/,
    );
  });
});
