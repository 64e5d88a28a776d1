import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../../test/support/exhibit-fixtures.js';
import { EXAMPLE_CASES } from '../../test/support/examples.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { callApi } from '../api/handlers.js';
import { loadCaseFile } from '../case/validate.js';
import { exportCase } from './export-case.js';
import { importCase } from './import-case.js';
import { openStore } from './open.js';

const tempDir = useTempDir();

describe('an evidence file named with 100 Chinese characters', () => {
  it('is stored under a name of at most 200 bytes, and the case still exports', async () => {
    const store = openStore(join(tempDir(), 'casepack.db'));
    const id = await importCase(store, await loadCaseFile(EXAMPLE_CASES.find((f) => f.includes('zh-sale-of-goods'))!));
    const context = { store, today: () => '2026-01-05' };
    const added = (await callApi(context, 'evidence/add', {
      id,
      name: `${'欠款'.repeat(50)}.pdf`,
      bytes: Buffer.from(await makePdf([{ size: [595, 842] }])).toString('base64'),
      entry: { id: 'E-long', title: '长名称证据', purpose: '证明欠款', original: false },
    })) as { path: string };
    expect(added.path).toBe(`evidence/${'欠款'.repeat(32)}欠.pdf`);
    expect(Buffer.byteLength(added.path.split('/')[1]!)).toBeLessThanOrEqual(200);

    const out = join(tempDir(), 'exported');
    await exportCase(store, id, out);
    expect(readdirSync(join(out, 'evidence'))).toContain(added.path.split('/')[1]);
    store.close();
  });
});
