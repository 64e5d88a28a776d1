const SYMBOLS: Record<string, string> = { CNY: '¥', GBP: '£', USD: '$', EUR: '€' };

/**
 * An amount from the API (a decimal string such as `-208410.5`) as the letters print it: `-¥208,410.50`,
 * `JPY 1,000.00` for a currency without a symbol; a missing figure is a dash. Text that is not a decimal
 * number is shown as it came.
 */
export function formatMoney(amount: string | null | undefined, currency: string): string {
  if (amount === null || amount === undefined) return '—';
  const parts = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!parts) return amount;
  const [, sign, whole, fraction = ''] = parts;
  const grouped = whole!.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${SYMBOLS[currency] ?? `${currency} `}${grouped}.${fraction.padEnd(2, '0')}`;
}
