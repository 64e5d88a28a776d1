import type { LOCALES } from '../case/schema.js';

type Locale = (typeof LOCALES)[number];

/** A postal service a batch of letters goes out by, and the shape of its tracking numbers. */
export interface Carrier {
  /** As written on the mailing (`carrier`). */
  name: string;
  trackingNo: RegExp;
  /** A number of that shape, for messages. */
  example: string;
}

/**
 * The carrier a batch uses for a case under each law: China Post's EMS (13 digits, or the UPU form ending CN),
 * Royal Mail Signed For (UPU form ending GB), and USPS Certified Mail (20 or 22 digits; the PS Form 3800 number).
 */
export const LOCAL_CARRIERS: Readonly<Record<Locale, Carrier>> = {
  'zh-CN': { name: 'EMS', trackingNo: /^(?:\d{13}|[A-Z]{2}\d{9}CN)$/, example: '1151234567890' },
  'en-GB': { name: 'Royal Mail Signed For', trackingNo: /^[A-Z]{2}\d{9}GB$/, example: 'RM123456789GB' },
  'en-US': { name: 'USPS Certified Mail', trackingNo: /^(?:\d{20}|\d{22})$/, example: '9407111899562345678901' },
};

/** The carrier of the batch's letter to a case under `locale`. */
export const localCarrier = (locale: Locale): Carrier => LOCAL_CARRIERS[locale];

/** The carrier listed here under the name a mailing gives (case and spaces aside), if any. */
export const carrierNamed = (name: string): Carrier | undefined =>
  Object.values(LOCAL_CARRIERS).find((c) => c.name.toLowerCase() === name.trim().toLowerCase());

/** Whether `trackingNo` has the shape of the carrier's numbers (spaces ignored: numbers are often printed in groups). */
export const fitsCarrier = (carrier: Carrier, trackingNo: string): boolean =>
  carrier.trackingNo.test(trackingNo.replace(/\s+/g, '').toUpperCase());
