/** What one claim still owes in cents, by the three heads of 民法典 第561条. */
export interface Owed {
  claim: string;
  costs: bigint;
  charges: bigint;
  principal: bigint;
}

export type Head = 'costs' | 'charges' | 'principal';
export const HEADS: readonly Head[] = ['costs', 'charges', 'principal']; // 民法典 第561条: 费用 → 利息 → 主债务

export interface AllocationPart {
  claim: string;
  head: Head;
  /** Cents. */
  amount: bigint;
}

/**
 * Applies a payment of `amount` cents to what is owed. `owed` is in the order claims fall due (oldest first,
 * 民法典 第560条 第2款). A payment that names its claim goes to that claim first (第560条 第1款: the debtor's
 * designation), costs → charges → principal; any rest, and every payment that names none, goes head by head
 * across all claims, oldest claim first (第561条). Returns the parts and what is left over (an overpayment).
 * Does not mutate.
 */
export function allocatePayment(
  amount: bigint,
  owed: readonly Owed[],
  namedClaim?: string,
): { parts: AllocationPart[]; unapplied: bigint } {
  const remaining = owed.map((o) => ({ ...o }));
  const parts: AllocationPart[] = [];
  let left = amount;
  const take = (o: Owed, head: Head) => {
    const part = left < o[head] ? left : o[head];
    if (part === 0n) return;
    o[head] -= part;
    left -= part;
    const last = parts[parts.length - 1];
    if (last && last.claim === o.claim && last.head === head) last.amount += part;
    else parts.push({ claim: o.claim, head, amount: part });
  };
  const named = remaining.find((o) => o.claim === namedClaim);
  if (named) for (const head of HEADS) take(named, head);
  for (const head of HEADS) for (const o of remaining) take(o, head);
  return { parts, unapplied: left };
}
