import { Decimal } from 'decimal.js';

/**
 * CasePack's own Decimal: 40 significant digits (a 9999亿 amount times a ten-decimal rate times days still
 * fits exactly) and half-up rounding. A clone, so that no other code's global Decimal settings leak in.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
