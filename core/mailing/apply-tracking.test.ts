import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp-dir.js';
import { calculateCase } from '../calc/calculate-case.js';
import { createCase } from '../store/edit-case.js';
import { openStore, type Store } from '../store/open.js';
import { getCase } from '../store/read-cases.js';
import { applyTracking } from './apply-tracking.js';
import { readTrackingFile } from './read-tracking.js';

const tempDir = useTempDir();
let store: Store | undefined;
afterEach(() => store?.close());

/** A debt due 2023-01-10 and a demand letter posted 2025-06-03, still in transit. */
function caseWithMailing(reference: string, agreedAddress = false): Record<string, unknown> {
  return {
    version: 1,
    locale: 'zh-CN',
    title: '甲诉张三',
    currency: 'CNY',
    creditor: { name: '甲公司', kind: 'company' },
    debtors: [{ name: '张三', kind: 'person', role: 'debtor', address: '北京市东城区1号' }],
    claims: [{ id: 'c1', description: '货款', amount: '1000.00', dueDate: '2023-01-10' }],
    mailings: [
      {
        id: 'm1',
        document: 'demand-letter',
        carrier: 'EMS',
        trackingNo: reference,
        sentOn: '2025-06-03',
        to: 0,
        address: '北京市东城区1号',
        status: 'in-transit',
        ...(agreedAddress && { agreedAddress }),
      },
    ],
    events: [{ date: '2025-06-03', kind: 'demand-sent', party: 0, mailing: 'm1', step: 'demand-letter' }],
  };
}

async function track(dir: string, csv: string) {
  const file = join(dir, 'tracking.csv');
  writeFileSync(file, iconv.encode(csv, 'gbk'));
  const { rows, problems } = await readTrackingFile(file);
  return applyTracking(store!, rows, problems);
}

const expiry = (id: number) => calculateCase(getCase(store!, id).data, '2025-07-01').limitation[0]!.expiresOn;

describe('applyTracking', () => {
  it('sets the status, records the delivery, and so moves the limitation expiry', async () => {
    const dir = tempDir();
    store = openStore(join(dir, 'casepack.db'));
    const delivered = createCase(store, caseWithMailing('CP1-m1'));
    const refused = createCase(store, caseWithMailing('CP2-m1'));
    const returned = createCase(store, caseWithMailing('CP3-m1'));
    const returnedAgreed = createCase(store, caseWithMailing('CP4-m1', true));
    const before = expiry(delivered);
    expect(before).toMatch(/^2026-01-1/);

    const csv = [
      '邮件号,客户单号,邮件状态,妥投时间',
      'EA100000001CN,CP1-m1,妥投,2025-06-05 10:31:00',
      'EA100000002CN,CP2-m1,拒收,2025/6/6',
      'EA100000003CN,CP3-m1,退回,2025年6月9日',
      'EA100000004CN,CP4-m1,退回妥投,2025-06-09',
      'EA999999999CN,,妥投,2025-06-05',
      'EA100000005CN,CP1-m1,丢失,2025-06-05',
    ].join('\r\n');
    const report = await track(dir, csv);
    expect(report.applied.map((a) => [a.caseId, a.status, a.event])).toEqual([
      [delivered, 'delivered', 'demand-delivered'],
      [refused, 'refused', 'demand-delivered'],
      [returned, 'returned', 'note'],
      [returnedAgreed, 'returned', 'demand-delivered'],
    ]);
    expect(report.problems.map((p) => [p.row, p.value])).toEqual([
      [7, '丢失'],
      [6, 'EA999999999CN'],
    ]);

    const mailing = getCase(store, delivered).data.mailings[0]!;
    expect(mailing).toMatchObject({ trackingNo: 'EA100000001CN', status: 'delivered', deliveredOn: '2025-06-05' });
    expect(expiry(delivered)).toBe('2028-06-05');
    expect(expiry(refused)).toBe('2028-06-06');
    expect(expiry(returned)).toBe(before);
    expect(expiry(returnedAgreed)).toBe('2028-06-09');
    expect(getCase(store, refused).data.events.at(-1)!.note).toMatch(/诉讼时效规定 第8条/);

    const again = await track(dir, csv);
    expect(again.applied).toEqual([]);
    expect(again.unchanged).toEqual([2, 3, 4, 5]);
    expect(getCase(store, delivered).data.events.filter((e) => e.kind === 'demand-delivered')).toHaveLength(1);
  });
});
