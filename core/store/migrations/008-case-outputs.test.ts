import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/support/temp-dir.js';
import { listOutputs } from '../../outputs/case-outputs.js';
import { migrate } from '../migrate.js';
import { openStore } from '../open.js';
import { MIGRATIONS } from './index.js';

const tempDir = useTempDir();
const SHA = 'b'.repeat(64);

describe('migration 008 (kept outputs)', () => {
  it('keeps the letters a batch recorded on mailings before, dated by the mailing, and nothing else', () => {
    const file = join(tempDir(), 'old.db');
    const old = new BetterSqlite3(file);
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version < 8),
    );
    const mailing = (id: string, extra: object) => ({
      id,
      document: 'demand-letter',
      carrier: 'EMS',
      trackingNo: `T${id}`,
      sentOn: '2025-06-03',
      to: 0,
      address: '北京市',
      ...extra,
    });
    const document = JSON.stringify({
      title: '旧案件',
      mailings: [
        mailing('m1', {
          letter: 'letters/2025-06-03-demand-letter.pdf',
          letterSha256: SHA,
          templateVersion: '0123456789ab',
          letterNo: '沪催〔2025〕1号',
          sender: '甲公司',
        }),
        // Mailed by hand with no stored letter, and a letter whose blob the store does not know: neither is kept.
        mailing('m2', {}),
        mailing('m3', { letter: 'letters/x.pdf', letterSha256: 'c'.repeat(64) }),
      ],
    });
    old
      .prepare(
        `INSERT INTO cases (id, uid, title, locale, currency, document, created_at, updated_at)
         VALUES (1, 'u-1', '旧案件', 'zh-CN', 'CNY', ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
      )
      .run(document);
    old.prepare(`INSERT INTO blobs (sha256, size, created_at) VALUES (?, 1234, '2025-06-03T00:00:00Z')`).run(SHA);
    old.close();

    const store = openStore(file);
    expect(listOutputs(store.db, 1)).toEqual([
      {
        id: 1,
        kind: 'letter',
        fileName: '2025-06-03-demand-letter.pdf',
        format: 'pdf',
        sha256: SHA,
        size: 1234,
        madeAt: '2025-06-03',
        madeBy: '甲公司',
        template: 'demand-letter',
        templateVersion: '0123456789ab',
        letterNo: '沪催〔2025〕1号',
        mailing: 'm1',
      },
    ]);
    store.close();
  });
});
