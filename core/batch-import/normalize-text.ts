import { halfWidth } from '../util/half-width.js';

/** Trims and collapses runs of white space (including the ideographic space) inside a value. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/** An ID card number or 统一社会信用代码 without spaces, check letter upper-cased (`x` → `X`). */
export function normalizeIdNumber(text: string): string {
  return halfWidth(text).replace(/[\s-]/g, '').toUpperCase();
}

/** A phone number as digits, `+`, `-` and spaces only; an Excel number cell such as 13812345678 is fine. */
export function normalizePhone(text: string): string {
  return cleanText(halfWidth(text));
}
