/**
 * Formats a decimal string for display with thousands separators, without ever turning it into a float.
 * `"208410.5"` → `"208,410.50"`.
 */
export function formatMoney(amount: string | null | undefined, currency: string): string {
  if (amount === null || amount === undefined) return '—';
  const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const symbol = { CNY: '¥', GBP: '£', USD: '$', EUR: '€' }[currency] ?? `${currency} `;
  return `${amount.startsWith('-') ? '-' : ''}${symbol}${grouped}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}
