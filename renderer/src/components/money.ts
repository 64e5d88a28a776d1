import { formatMoney as formatAmount } from '../../../core/templates/formats.js';

/** Money as the letters print it (`¥208,410.50`), from core's one formatter; a missing figure is a dash. */
export function formatMoney(amount: string | null | undefined, currency: string): string {
  return amount === null || amount === undefined ? '—' : formatAmount(amount, currency);
}
