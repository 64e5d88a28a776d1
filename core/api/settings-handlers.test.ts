import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../test/support/pdf-tools.js';
import { lacksTools } from '../../test/support/system-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { loadCaseFile } from '../case/validate.js';
import { PROJECT_ROOT } from '../project-root.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

const PNG =
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082';

describe('settings', () => {
  it('are stored per key, checked on write, and keep the logo across a letterhead change', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    const c = { store, today: () => '2026-01-05' };
    expect(await callApi(c, 'settings/get', {})).toEqual({ settings: {}, logo: null });
    await callApi(c, 'settings/update', {
      letterhead: { name: '上海申衡律师事务所', lines: ['上海市黄浦区中山东一路18号9楼'] },
      lawyer: { name: '林嘉怡', licenseNo: '13101201910123456' },
      defaultLocale: 'en-GB',
    });
    await callApi(c, 'settings/logo', { bytes: Buffer.from(PNG, 'hex').toString('base64') });
    await callApi(c, 'settings/update', { letterhead: { name: '申衡律所', lines: [] }, defaultLocale: null });
    const got = (await callApi(c, 'settings/get', {})) as { settings: Record<string, unknown>; logo: { type: string } | null };
    expect(got.settings).toMatchObject({
      letterhead: { name: '申衡律所', logo: { type: 'image/png' } },
      lawyer: { name: '林嘉怡' },
    });
    expect(got.settings.defaultLocale).toBeUndefined();
    expect(got.logo?.type).toBe('image/png');
    expect(store.db.prepare('SELECT key FROM settings ORDER BY key').all()).toEqual([{ key: 'lawyer' }, { key: 'letterhead' }]);
    await expect(callApi(c, 'settings/logo', { bytes: Buffer.from('GIF89a').toString('base64') })).rejects.toThrow(
      /letterhead\.logo: expected a PNG or JPEG/,
    );
  });

  it('refuse a stored value that no longer passes its schema, naming the key', async () => {
    store = openStore(join(tempDir(), 'casepack.db'));
    store.db.prepare(`INSERT INTO settings VALUES ('firm', '{"name": 3}', '2026-01-01')`).run();
    await expect(callApi({ store, today: () => '2026-01-05' }, 'settings/get', {})).rejects.toThrow(/settings firm\.name/);
  });

  it.skipIf(lacksTools('the letterhead read-back test', 'pdftotext'))(
    'put the stored letterhead on the letters the app writes',
    async () => {
      store = openStore(join(tempDir(), 'casepack.db'));
      const c = { store, today: () => '2026-01-05' };
      const id = await importCase(store, await loadCaseFile(join(PROJECT_ROOT, 'examples', 'zh-sale-of-goods', 'case.json')));
      await callApi(c, 'settings/update', { letterhead: { name: '测试信头律师事务所', lines: ['信头地址第一行'] } });
      const letter = (await callApi(c, 'letters/export', { id, templateId: 'demand-letter', format: 'pdf' })) as {
        bytes: string;
      };
      const file = join(tempDir(), 'letter.pdf');
      writeFileSync(file, Buffer.from(letter.bytes, 'base64'));
      const text = pdfText(file);
      expect(text).toContain('测试信头律师事务所');
      expect(text).toContain('信头地址第一行');
    },
  );
});
