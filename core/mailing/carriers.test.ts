import { describe, expect, it } from 'vitest';
import { courierWarnings } from '../bundles/courier-notes.js';
import { carrierNamed, fitsCarrier, localCarrier } from './carriers.js';

describe('carriers', () => {
  it('sends each law’s batch by its own post: EMS, Royal Mail Signed For, USPS Certified Mail', () => {
    expect(['zh-CN', 'en-GB', 'en-US'].map((l) => localCarrier(l as 'zh-CN').name)).toEqual([
      'EMS',
      'Royal Mail Signed For',
      'USPS Certified Mail',
    ]);
  });

  it('checks a tracking number against its own carrier’s shape, never EMS’s for another', () => {
    const usps = carrierNamed('usps certified mail')!;
    expect(fitsCarrier(usps, '9407 1118 9956 2345 6789 01')).toBe(true);
    expect(fitsCarrier(usps, '70191640000123456789')).toBe(true);
    expect(fitsCarrier(usps, '1151234567890')).toBe(false); // an EMS number is no USPS number
    const ems = carrierNamed('EMS')!;
    expect(fitsCarrier(ems, '1151234567890')).toBe(true);
    expect(fitsCarrier(ems, 'EA123456789CN')).toBe(true);
    expect(fitsCarrier(ems, '9407111899562345678901')).toBe(false);
    expect(fitsCarrier(carrierNamed('Royal Mail Signed For')!, 'RM123456789GB')).toBe(true);
    expect(carrierNamed('顺丰')).toBeUndefined();
  });

  it('warns in a courier bundle when a USPS mailing carries a number of another shape', () => {
    const mailing = {
      id: 'm1',
      document: 'demand-letter',
      carrier: 'USPS Certified Mail',
      trackingNo: '1151234567890',
      sentOn: '2026-11-22',
      to: 0,
      address: '1418 SE Alder Street, Portland, OR 97214',
      status: 'in-transit',
      waybill: 'mail/receipt.jpg',
    } as const;
    expect(courierWarnings(mailing, 'stored')).toEqual([
      {
        code: 'tracking-no-shape',
        mailing: 'm1',
        trackingNo: '1151234567890',
        carrier: 'USPS Certified Mail',
        example: '9407111899562345678901',
      },
    ]);
    expect(courierWarnings({ ...mailing, trackingNo: '9407111899562345678901' }, 'stored')).toEqual([]);
  });
});
