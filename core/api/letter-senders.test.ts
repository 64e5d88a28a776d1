import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../test/support/pdf-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { makeCase } from '../calc/case-fixture.js';
import { loadCaseFile } from '../case/validate.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

const senders = [
  { id: 's1', kind: 'creditor', name: '无锡蓝天商贸有限公司', lines: ['无锡市梁溪区中山路1号'], phone: '0510-8888 0001' },
  {
    id: 's2',
    kind: 'law-firm',
    name: '江苏申衡律师事务所',
    lines: ['南京市鼓楼区汉中路2号'],
    phone: '025-8666 0002',
    lawyer: { name: '周明', licenseNo: '13201201810123456' },
    prefix: '申衡律函',
  },
];

async function setUp() {
  const dir = tempDir();
  store = openStore(join(dir, 'casepack.db'));
  const context = { store, today: () => '2026-11-30' };
  const ids = [];
  for (const debtor of ['乙公司', '丙公司']) {
    const file = join(dir, `${debtor}.json`);
    writeFileSync(
      file,
      JSON.stringify(makeCase({ debtors: [{ name: debtor, kind: 'company', role: 'debtor', address: '上海市' }] })),
    );
    ids.push(await importCase(store, await loadCaseFile(file)));
  }
  await callApi(context, 'settings/update', { senders });
  return { context, ids, dir };
}

type Preview = { chosen: { letterNo: string | null; sender: string | null; deadline: string; asOf: string } };
type Exported = { bytes: string; fileName: string };

describe('letters in the app: senders and 函号', () => {
  it('numbers each sender’s letters by year, prints the number and the firm’s letterhead, and never issues one twice', async () => {
    const { context, ids, dir } = await setUp();
    const [a, b] = ids as [number, number];
    // A 律师函 goes out under the law firm by default, with the firm's next number.
    const preview = (await callApi(context, 'letters/preview', { id: a, templateId: 'lawyer-letter' })) as Preview;
    expect(preview.chosen).toEqual({
      asOf: '2026-11-30',
      deadline: '2026-12-07',
      letterNo: '申衡律函〔2026〕第001号',
      sender: 's2',
    });
    // Previewing issues nothing: the number is the same until a letter is exported.
    await expect(callApi(context, 'letters/preview', { id: a, templateId: 'lawyer-letter' })).resolves.toMatchObject({
      chosen: { letterNo: '申衡律函〔2026〕第001号' },
    });

    const pdf = (await callApi(context, 'letters/export', { id: a, templateId: 'lawyer-letter', format: 'pdf' })) as Exported;
    const file = join(dir, 'lawyer.pdf');
    writeFileSync(file, Buffer.from(pdf.bytes, 'base64'));
    const text = pdfText(file, false);
    expect(text).toContain('申衡律函〔2026〕第001号');
    expect(text).toContain('江苏申衡律师事务所');
    expect(text).toContain('13201201810123456');
    expect(text).toContain('025-8666 0002');
    expect(text).not.toContain('无锡蓝天商贸有限公司');
    // The same letter as a DOCX keeps its number; the next letter gets 002.
    await callApi(context, 'letters/export', {
      id: a,
      templateId: 'lawyer-letter',
      format: 'docx',
      letterNo: '申衡律函〔2026〕第001号',
    });
    await expect(callApi(context, 'letters/preview', { id: b, templateId: 'lawyer-letter' })).resolves.toMatchObject({
      chosen: { letterNo: '申衡律函〔2026〕第002号' },
    });
    // Another case asking for 001 is refused and told the next free number; nothing is recorded.
    await expect(
      callApi(context, 'letters/export', {
        id: b,
        templateId: 'lawyer-letter',
        format: 'pdf',
        letterNo: '申衡律函〔2026〕第001号',
      }),
    ).rejects.toMatchObject({
      code: 'letter-no-taken',
      params: { letterNo: '申衡律函〔2026〕第001号', caseId: a, nextNo: '申衡律函〔2026〕第002号' },
    });
    // A number edited forward (025) is recorded: the sequence goes on from it, so 025 is never handed out again.
    await callApi(context, 'letters/export', {
      id: b,
      templateId: 'lawyer-letter',
      format: 'pdf',
      letterNo: '申衡律函〔2026〕第025号',
    });
    await expect(callApi(context, 'letters/preview', { id: a, templateId: 'lawyer-letter' })).resolves.toMatchObject({
      chosen: { letterNo: '申衡律函〔2026〕第026号' },
    });
    // A new year starts again at 001; the creditor's own letterhead numbers on its own.
    await expect(
      callApi(context, 'letters/preview', { id: a, templateId: 'lawyer-letter', asOf: '2027-01-04' }),
    ).resolves.toMatchObject({ chosen: { letterNo: '申衡律函〔2027〕第001号' } });
    const demand = (await callApi(context, 'letters/preview', { id: a, templateId: 'demand-letter' })) as Preview;
    expect(demand.chosen).toMatchObject({ sender: 's1', letterNo: '〔2026〕第001号' });
    expect(store!.db.prepare('SELECT sender, letter_no, year, seq, case_id FROM letter_numbers ORDER BY rowid').all()).toEqual([
      { sender: 's2', letter_no: '申衡律函〔2026〕第001号', year: 2026, seq: 1, case_id: a },
      { sender: 's2', letter_no: '申衡律函〔2026〕第025号', year: 2026, seq: 25, case_id: b },
    ]);
  });

  it('prints the 函号, the chosen date and deadline on the demand letter under the creditor’s letterhead', async () => {
    const { context, ids, dir } = await setUp();
    const pdf = (await callApi(context, 'letters/export', {
      id: ids[0]!,
      templateId: 'demand-letter',
      format: 'pdf',
      asOf: '2026-12-01',
      deadline: '2026-12-20',
    })) as Exported;
    expect(pdf.fileName).toBe('2026-12-01 催款函 乙公司.pdf');
    const file = join(dir, 'demand.pdf');
    writeFileSync(file, Buffer.from(pdf.bytes, 'base64'));
    const text = pdfText(file, false).replace(/\s+/g, '');
    expect(text).toContain('〔2026〕第001号');
    expect(text).toContain('无锡蓝天商贸有限公司');
    expect(text).toContain('2026年12月20日');
    expect(text).toContain('0510-88880001');
    await expect(
      callApi(context, 'letters/preview', {
        id: ids[0]!,
        templateId: 'demand-letter',
        asOf: '2026-12-01',
        deadline: '2026-12-01',
      }),
    ).rejects.toMatchObject({ code: 'letter-deadline-range', params: { date: '2026-12-01', deadline: '2026-12-01' } });
    await expect(
      callApi(context, 'letters/preview', { id: ids[0]!, templateId: 'demand-letter', sender: 's9' }),
    ).rejects.toMatchObject({ code: 'invalid-input', fields: ['sender'] });
  });
});
