import { describe, expect, it } from 'vitest';
import { makePdf } from '../../test/support/exhibit-fixtures.js';
import { useStoreWithCase } from '../../test/support/store-with-case.js';
import { caseHistory } from '../store/case-revisions.js';
import { getCase } from '../store/read-cases.js';
import { sha256Hex } from '../util/sha256.js';
import { callApi } from './handlers.js';

const storeWithCase = useStoreWithCase();

const MAILING = {
  id: 'M1',
  document: 'demand-letter',
  carrier: 'EMS',
  trackingNo: '1180000000001',
  sentOn: '2025-02-03',
  to: 0,
  address: '杭州市',
  status: 'in-transit' as const,
};
const b64 = (text: string) => Buffer.from(text).toString('base64');
/** A real one-page PDF (evidence is checked when added), its height making each one's bytes its own. */
const pdfB64 = async (height: number) => Buffer.from(await makePdf([{ size: [595, height] }])).toString('base64');

describe('an exhibit changed or removed in place', () => {
  it('renames and describes an exhibit, then removes it as a revision that undo brings back', async () => {
    const { c, id, store: s } = storeWithCase();
    for (const name of ['合同.pdf', '送货单.pdf'])
      await callApi(c, 'evidence/add', {
        id,
        name,
        bytes: await pdfB64(name === '合同.pdf' ? 842 : 843),
        entry: { id: name === '合同.pdf' ? 'E1' : 'E2', title: name, purpose: '证明', original: true },
      });
    const seen = getCase(s, id).data.evidence[1]!;
    const entry = { title: '送货单（签收联）', source: '乙公司签收', purpose: '证明已交货', original: false };
    expect(await callApi(c, 'evidence/update', { id, index: 1, seen, entry })).toEqual({ errors: [] });
    expect(getCase(s, id).data.evidence[1]).toEqual({ ...entry, id: 'E2', file: 'evidence/送货单.pdf' });

    // The old state is no longer what is stored: refused, nothing written.
    await expect(callApi(c, 'evidence/update', { id, index: 1, seen, entry })).rejects.toMatchObject({ code: 'entry-changed' });
    // A title left blank is a field refused, by its path and code.
    const now = getCase(s, id).data.evidence[1]!;
    expect(await callApi(c, 'evidence/update', { id, index: 1, seen: now, entry: { ...entry, title: ' ' } })).toEqual({
      errors: [{ path: 'evidence[1].title', code: 'required', params: {} }],
    });

    const revisions = caseHistory(s.db, id).length;
    expect(await callApi(c, 'evidence/remove', { id, index: 0, seen: getCase(s, id).data.evidence[0]! })).toEqual({ errors: [] });
    expect(getCase(s, id).data.evidence.map((e) => e.id)).toEqual(['E2']);
    expect(getCase(s, id).files.map((f) => f.path)).toEqual(['evidence/送货单.pdf']);
    expect(caseHistory(s.db, id)).toHaveLength(revisions + 1);
    await callApi(c, 'cases/undo', { id });
    expect(getCase(s, id).data.evidence.map((e) => e.file)).toEqual(['evidence/合同.pdf', 'evidence/送货单.pdf']);
  });

  it('refuses to remove an exhibit an event names, with a code', async () => {
    const { c, id, store: s } = storeWithCase();
    await callApi(c, 'evidence/add', {
      id,
      name: 'a.pdf',
      bytes: await pdfB64(842),
      entry: { id: 'E1', title: '对账单', purpose: '证明', original: true },
    });
    await callApi(c, 'events/add', { id, event: { date: '2025-03-01', kind: 'acknowledged', party: 0, evidence: 'E1' } });
    await expect(callApi(c, 'evidence/remove', { id, index: 0, seen: getCase(s, id).data.evidence[0]! })).rejects.toMatchObject({
      code: 'evidence-in-use',
      params: { title: '对账单', date: '2025-03-01' },
    });
    expect(getCase(s, id).data.evidence).toHaveLength(1);
  });
});

describe('a mailing changed in place', () => {
  it('changes status and dates, and answers the fields refused', async () => {
    const { c, id, store: s } = storeWithCase();
    await callApi(c, 'mailings/add', { id, mailing: MAILING });
    const seen = getCase(s, id).data.mailings[0]!;
    const changes = {
      carrier: 'EMS',
      trackingNo: '1180000000001',
      sentOn: '2025-02-03',
      address: '杭州市',
      status: 'delivered' as const,
    };
    expect(await callApi(c, 'mailings/update', { id, index: 0, seen, changes: { ...changes, deliveredOn: '' } })).toEqual({
      errors: [{ path: 'mailings[0].deliveredOn', code: 'required', params: {} }],
    });
    expect(
      await callApi(c, 'mailings/update', { id, index: 0, seen, changes: { ...changes, deliveredOn: '2025-02-01' } }),
    ).toEqual({
      errors: [{ path: 'mailings[0].deliveredOn', code: 'date-order', params: { date: '2025-02-03' } }],
    });
    expect(
      await callApi(c, 'mailings/update', { id, index: 0, seen, changes: { ...changes, deliveredOn: '2025-02-06' } }),
    ).toEqual({
      errors: [],
    });
    expect(getCase(s, id).data.mailings[0]).toMatchObject({ status: 'delivered', deliveredOn: '2025-02-06' });
  });

  it('uses one tracking number once: adding or changing to a number taken is refused with a code', async () => {
    const { c, id, store: s } = storeWithCase();
    await callApi(c, 'mailings/add', { id, mailing: MAILING });
    await expect(callApi(c, 'mailings/add', { id, mailing: { ...MAILING, id: 'M2' } })).rejects.toMatchObject({
      code: 'tracking-taken',
      params: { trackingNo: '1180000000001' },
    });
    await callApi(c, 'mailings/add', { id, mailing: { ...MAILING, id: 'M2', trackingNo: '1180000000002' } });
    const seen = getCase(s, id).data.mailings[1]!;
    const changes = {
      carrier: 'EMS',
      trackingNo: '1180000000001',
      sentOn: seen.sentOn,
      address: seen.address,
      status: seen.status,
      deliveredOn: '',
    };
    expect(await callApi(c, 'mailings/update', { id, index: 1, seen, changes })).toEqual({
      errors: [{ path: 'mailings[1].trackingNo', code: 'duplicate-tracking', params: { trackingNo: '1180000000001' } }],
    });
    expect(getCase(s, id).data.mailings[1]!.trackingNo).toBe('1180000000002');
  });

  it('links a letter kept with the case as the one mailed, with its hash; a file that is not a kept letter is refused', async () => {
    const { c, id, store: s } = storeWithCase();
    await callApi(c, 'mailings/add', { id, mailing: MAILING });
    await callApi(c, 'mailings/add', { id, mailing: { ...MAILING, id: 'M2', trackingNo: '1180000000002' } });
    const letter = '%PDF the demand letter';
    const { path } = (await callApi(c, 'mailings/attach', {
      id,
      mailing: 'M1',
      slot: 'letter',
      name: '催款函.pdf',
      bytes: b64(letter),
    })) as {
      path: string;
    };
    await callApi(c, 'mailings/attach', { id, mailing: 'M1', slot: 'waybill', name: '面单.pdf', bytes: b64('%PDF waybill') });
    const got = (await callApi(c, 'cases/get', { id })) as { keptLetters: string[]; revision: number };
    expect(got.keptLetters).toEqual([path]);

    const seen = getCase(s, id).data.mailings[1]!;
    await expect(callApi(c, 'mailings/link-letter', { id, index: 1, seen, path: 'mailings/面单.pdf' })).rejects.toMatchObject({
      code: 'letter-not-kept',
    });
    expect(await callApi(c, 'mailings/link-letter', { id, index: 1, seen, path })).toEqual({ errors: [] });
    expect(getCase(s, id).data.mailings[1]).toMatchObject({ letter: path, letterSha256: sha256Hex(Buffer.from(letter)) });
  });
});

describe('saving the whole case from the editor', () => {
  it('refuses, with a code, a save over a case changed since the editor opened it', async () => {
    const { c, id, store: s } = storeWithCase();
    const opened = (await callApi(c, 'cases/get', { id })) as { revision: number; case: unknown };
    await callApi(c, 'mailings/add', { id, mailing: MAILING });
    const edited = { ...structuredClone(getCase(s, id).raw as object), title: '改过的标题' };
    await expect(callApi(c, 'cases/save', { id, revision: opened.revision, case: opened.case })).rejects.toMatchObject({
      code: 'case-changed',
    });
    expect(getCase(s, id).data.mailings).toHaveLength(1);
    const now = (await callApi(c, 'cases/get', { id })) as { revision: number };
    expect(await callApi(c, 'cases/save', { id, revision: now.revision, case: edited })).toEqual({ id, errors: [] });
    expect(getCase(s, id).data.title).toBe('改过的标题');
  });
});
