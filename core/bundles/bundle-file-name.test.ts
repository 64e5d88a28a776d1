import { describe, expect, it } from 'vitest';
import { makeCase } from '../calc/case-fixture.js';
import { bundleFileName } from './bundle-file-name.js';

const debtors = [
  { name: '杭州明禾建材贸易有限公司', kind: 'company' as const, role: 'debtor' as const },
  { name: '周立新', kind: 'person' as const, role: 'guarantor' as const },
];
const mailing = (id: string, to: number) => ({
  id,
  document: 'demand-letter',
  carrier: 'EMS',
  trackingNo: '1151234567890',
  sentOn: '2025-03-10',
  to,
  address: '杭州市',
  status: 'refused' as const,
});

describe('the names bundles are kept under', () => {
  it('names an evidence bundle by its date, its title in the case’s language and the debtor', () => {
    const zh = makeCase({ debtors });
    expect(bundleFileName(zh, { kind: 'evidence', date: '2026-11-30' })).toBe('2026-11-30 证据材料 杭州明禾建材贸易.pdf');
    const en = makeCase({
      locale: 'en-GB',
      currency: 'GBP',
      debtors: [{ name: 'Okafor Trading Ltd', kind: 'company', role: 'debtor' }],
    });
    expect(bundleFileName(en, { kind: 'evidence', date: '2026-11-30' })).toBe('2026-11-30 Evidence Bundle Okafor Trading.pdf');
  });

  it('names a courier bundle by the day posted, the mailing and its addressee, one name per mailing', () => {
    const data = makeCase({ debtors, mailings: [mailing('m1', 1), mailing('m2', 1)] });
    expect(bundleFileName(data, { kind: 'courier', mailing: 'm1' })).toBe('2025-03-10 邮寄送达证据 m1 周立新.pdf');
    expect(bundleFileName(data, { kind: 'courier', mailing: 'm2' })).toBe('2025-03-10 邮寄送达证据 m2 周立新.pdf');
  });

  it('keeps a hostile or long name safe on every system and within 120 bytes', () => {
    const long = makeCase({ debtors: [{ name: `a/b:c*"${'长'.repeat(80)}`, kind: 'person', role: 'debtor' }] });
    const name = bundleFileName(long, { kind: 'evidence', date: '2026-11-30' });
    expect(name).toMatch(/^2026-11-30 证据材料 a b c 长+\.pdf$/);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(120);
  });
});
