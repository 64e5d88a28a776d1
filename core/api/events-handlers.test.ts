import { describe, expect, it } from 'vitest';
import { useStoreWithCase } from '../../test/support/store-with-case.js';
import { getCase } from '../store/read-cases.js';
import { callApi } from './handlers.js';
import { sha256Hex } from '../util/sha256.js';

const storeWithCase = useStoreWithCase();

describe('the collection log and mailings', () => {
  it('add an event, a mailing and its waybill, each saved with the case', async () => {
    const { store, c, id } = storeWithCase();
    const promise = {
      date: '2025-02-01',
      kind: 'promise-to-pay',
      party: 0,
      by: '李催收',
      promise: { amount: '500.00', dueOn: '2025-02-15' },
    };
    await callApi(c, 'events/add', { id, event: promise });
    const mailing = {
      id: 'M1',
      document: 'demand-letter',
      carrier: 'EMS',
      trackingNo: '1180000000001',
      sentOn: '2025-02-03',
      to: 0,
      address: '杭州市',
      status: 'delivered',
      deliveredOn: '2025-02-05',
    };
    await callApi(c, 'mailings/add', { id, mailing });
    await expect(callApi(c, 'mailings/add', { id, mailing })).rejects.toThrow(/already has a mailing M1/);
    const { path } = (await callApi(c, 'mailings/attach', {
      id,
      mailing: 'M1',
      slot: 'waybill',
      name: 'waybill.pdf',
      bytes: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    })) as { path: string };
    const stored = getCase(store, id);
    expect(stored.data.events).toEqual([promise]);
    expect(stored.data.mailings[0]).toMatchObject({ ...mailing, waybill: 'mailings/waybill.pdf' });
    expect(path).toBe('mailings/waybill.pdf');
    expect(stored.files.map((f) => f.path)).toEqual(['mailings/waybill.pdf']);

    const letter = Buffer.from('%PDF-1.4\n% the letter mailed\n%%EOF\n');
    await callApi(c, 'mailings/attach', {
      id,
      mailing: 'M1',
      slot: 'letter',
      name: 'letter.pdf',
      bytes: letter.toString('base64'),
    });
    expect(getCase(store, id).data.mailings[0]).toMatchObject({ letter: 'mailings/letter.pdf', letterSha256: sha256Hex(letter) });
  });

  it('refuse an event whose party is not a debtor of the case, and change nothing', async () => {
    const { store, c, id } = storeWithCase();
    await expect(callApi(c, 'events/add', { id, event: { date: '2025-02-01', kind: 'call', party: 5 } })).rejects.toThrow(
      /events\[0\]\.party/,
    );
    expect(getCase(store, id).data.events).toEqual([]);
  });

  it('records a signed 债务确认书 as an acknowledgment agreeing to perform, and refuses a demand letter', async () => {
    const { store, c, id } = storeWithCase();
    await callApi(c, 'events/signed', { id, template: 'debt-acknowledgment', date: '2025-03-01', party: 0 });
    expect(getCase(store, id).data.events).toEqual([
      { date: '2025-03-01', kind: 'acknowledged', party: 0, agreesToPerform: true, note: '债务确认书' },
    ]);
    await expect(callApi(c, 'events/signed', { id, template: 'demand-letter', date: '2025-03-01', party: 0 })).rejects.toThrow(
      /not a document the debtor signs/,
    );
  });
});
