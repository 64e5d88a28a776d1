import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../test/support/pdf-tools.js';
import { useTempDir } from '../../test/support/temp-dir.js';
import { makeCase } from '../calc/case-fixture.js';
import type { CaseFileInput } from '../case/schema.js';
import { loadCaseFile } from '../case/validate.js';
import { importCase } from '../store/import-case.js';
import { openStore, type Store } from '../store/open.js';
import { callApi } from './handlers.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

const senders = [
  { id: 's1', kind: 'creditor', name: '无锡蓝天商贸有限公司', lines: ['无锡市梁溪区中山路1号'] },
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

/** One case in a fresh store with the two senders; answers the text of the letter exported as a PDF. */
async function letterText(fields: Partial<CaseFileInput>, templateId: string, sender?: string): Promise<string> {
  const dir = tempDir();
  store = openStore(join(dir, 'casepack.db'));
  const context = { store, today: () => '2026-11-30' };
  const file = join(dir, 'case.json');
  writeFileSync(file, JSON.stringify(makeCase(fields)));
  const id = await importCase(store, await loadCaseFile(file));
  await callApi(context, 'settings/update', { senders });
  const pdf = (await callApi(context, 'letters/export', {
    id,
    templateId,
    format: 'pdf',
    ...(sender && { sender }),
  })) as { bytes: string };
  const out = join(dir, 'letter.pdf');
  writeFileSync(out, Buffer.from(pdf.bytes, 'base64'));
  return pdfText(out, false).replace(/\s+/g, ' ');
}

const zhCompany = {
  creditor: { name: '无锡蓝天商贸有限公司', kind: 'company' as const, phone: '0510-8888 0001' },
  debtors: [{ name: '杭州明禾建材有限公司', kind: 'company' as const, role: 'debtor' as const, representative: '陈建' }],
};

describe('who a letter speaks for and to', () => {
  it('a 催款函 under a law firm names the firm, the assigned lawyer and their 执业证号, and calls the creditor 委托人', async () => {
    const text = await letterText(zhCompany, 'demand-letter', 's2');
    const flat = text.replace(/ /g, '');
    expect(flat).toContain(
      '江苏申衡律师事务所（以下简称“本所”）接受无锡蓝天商贸有限公司（以下简称“委托人”）的委托，指派周明律师（执业证号：13201201810123456）',
    );
    expect(flat).toContain('尚欠委托人款项本金');
    expect(flat).toContain('承办律师：周明，电话：025-86660002，地址：南京市鼓楼区汉中路2号。');
    expect(flat).toMatch(/江苏申衡律师事务所（盖章）承办律师：周明2026年11月30日/);
    expect(flat).toContain('申衡律函〔2026〕第001号');
    expect(flat).not.toContain('我司');
    expect(flat).not.toContain('无锡蓝天商贸有限公司（盖章）');
  });

  it('the creditor’s own 催款函 addresses the company, names its 法定代表人, and never calls the company a 联系人', async () => {
    const flat = (await letterText(zhCompany, 'demand-letter', 's1')).replace(/ /g, '');
    expect(flat).toContain('杭州明禾建材有限公司（法定代表人：陈建）：');
    expect(flat).toContain('无锡蓝天商贸有限公司（以下简称“我司”）');
    expect(flat).not.toContain('联系人：无锡蓝天商贸有限公司');
    expect(flat).toContain('联系电话：0510-88880001。');
    expect(flat).toContain('无锡蓝天商贸有限公司（盖章）');
    expect(flat).not.toContain('承办律师');
  });

  it('a person creditor is still the 联系人, and a person debtor has no 法定代表人', async () => {
    const flat = (
      await letterText(
        {
          creditor: { name: '李四', kind: 'person', phone: '13900000000' },
          debtors: [{ name: '王五', kind: 'person', role: 'debtor', representative: '不应出现' }],
        },
        'demand-letter',
      )
    ).replace(/ /g, '');
    expect(flat).toContain('王五：');
    expect(flat).not.toContain('法定代表人');
    expect(flat).toContain('联系人：李四，电话：13900000000。');
  });

  it('an English letter of claim to a company is for the attention of its director, and greets them by name', async () => {
    const english = {
      locale: 'en-GB' as const,
      currency: 'GBP',
      creditor: { name: 'Harbour Tools Ltd', kind: 'company' as const },
      debtors: [
        {
          name: 'Northgate Builders Ltd',
          kind: 'company' as const,
          role: 'debtor' as const,
          representative: 'Priya Shah',
          representativeTitle: 'Director',
        },
      ],
      claims: [{ id: 'c1', description: 'Invoice 101', amount: '1000.00', dueDate: '2026-01-10' }],
    };
    const text = await letterText(english, 'letter-of-claim');
    expect(text).toContain('Northgate Builders Ltd For the attention of Priya Shah, Director');
    expect(text).toContain('Dear Priya Shah,');
    expect(text).not.toContain('Dear Sirs');
    const plain = await letterText(
      { ...english, debtors: [{ name: 'Northgate Builders Ltd', kind: 'company', role: 'debtor' }] },
      'letter-of-claim',
    );
    expect(plain).toContain('Dear Sir or Madam,');
    expect(plain).not.toContain('For the attention of');
  });
});
