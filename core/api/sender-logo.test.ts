import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toolOutput } from '../../test/support/system-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { makeCase } from '../calc/case-fixture.js';
import { loadCaseFile } from '../case/validate.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

/** A 1×1 PNG. */
const PNG =
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082';
const own = { id: 's1', kind: 'creditor', name: '无锡蓝天商贸有限公司', lines: ['无锡市梁溪区中山路1号'] };
const other = { id: 's3', kind: 'creditor', name: '无锡白云商贸有限公司', lines: ['无锡市滨湖区太湖路3号'] };

/** The images `pdfimages -list` finds on page 1 of a PDF (a PNG's transparency, listed as its smask, not counted). */
function imagesOnPageOne(file: string): number {
  const rows = toolOutput('pdfimages', ['-list', file]).split('\n').slice(2);
  return rows.map((row) => row.trim().split(/\s+/)).filter(([page, , type]) => page === '1' && type === 'image').length;
}

describe('a logo per sender', () => {
  it('prints a sender’s own logo on its letters only, and keeps it when the senders are changed in Settings', async () => {
    const dir = tempDir();
    store = openStore(join(dir, 'casepack.db'));
    const context = { store, today: () => '2026-11-30' };
    const file = join(dir, 'case.json');
    writeFileSync(
      file,
      JSON.stringify(makeCase({ debtors: [{ name: '乙公司', kind: 'company', role: 'debtor', address: '上海市' }] })),
    );
    const id = await importCase(store, await loadCaseFile(file));
    await callApi(context, 'settings/update', { senders: [own, other] });
    await callApi(context, 'settings/sender-logo', { sender: 's1', bytes: Buffer.from(PNG, 'hex').toString('base64') });
    // A later change to the senders (as the Settings form sends them, without logos) keeps the logo.
    await callApi(context, 'settings/update', { senders: [{ ...own, phone: '0510-8888 0001' }, other] });

    const exported = async (sender: string) => {
      const pdf = (await callApi(context, 'letters/export', { id, templateId: 'demand-letter', format: 'pdf', sender })) as {
        bytes: string;
      };
      const out = join(dir, `${sender}.pdf`);
      writeFileSync(out, Buffer.from(pdf.bytes, 'base64'));
      return out;
    };
    expect(imagesOnPageOne(await exported('s1'))).toBe(1);
    expect(imagesOnPageOne(await exported('s3'))).toBe(0);

    const got = (await callApi(context, 'settings/get', {})) as { settings: { senders: { id: string; logo?: unknown }[] } };
    expect(got.settings.senders.map((s) => [s.id, s.logo !== undefined])).toEqual([
      ['s1', true],
      ['s3', false],
    ]);
    // Removed: the letters go without it again; an unknown sender or a file that is not an image is refused.
    await callApi(context, 'settings/sender-logo', { sender: 's1', bytes: null });
    expect(imagesOnPageOne(await exported('s1'))).toBe(0);
    await expect(
      callApi(context, 'settings/sender-logo', { sender: 's9', bytes: Buffer.from(PNG, 'hex').toString('base64') }),
    ).rejects.toThrow(/no sender s9/);
    await expect(
      callApi(context, 'settings/sender-logo', { sender: 's1', bytes: Buffer.from('GIF89a').toString('base64') }),
    ).rejects.toThrow(/expected a PNG or JPEG/);
  });
});
