import type { IsoDate } from '../dates/calendar-date.js';

/** What one claim still owes in cents, by the three heads of 民法典 第561条, and when it fell due. */
export interface Owed {
  claim: string;
  dueDate: IsoDate;
  costs: bigint;
  charges: bigint;
  principal: bigint;
}

export type Head = 'costs' | 'charges' | 'principal';

/** Within one debt: 民法典 第561条 费用 → 利息 → 主债务, with the late charge counted as 利息. */
export const CHARGES_AS_INTEREST: readonly Head[] = ['costs', 'charges', 'principal'];
/** Within one debt, for courts that do not count a 违约金 as 利息 under 第561条: it comes after the principal. */
export const PENALTY_AFTER_PRINCIPAL: readonly Head[] = ['costs', 'principal', 'charges'];

/**
 * How a payment is spread over the debts when it names none:
 * - `prc-560`: 民法典 第560条 第2款 — matured debts first; among them the least secured, then the heaviest burden,
 *   then the earliest due; debts due the same day pro rata to what each owes.
 * - `oldest-first`: English law (Clayton's Case (1816) 1 Mer 572, running accounts) and US common law — the
 *   oldest debt first, each paid off in full before the next.
 */
export type Spread = 'prc-560' | 'oldest-first';

/** Why the payment went where it did (shown with each payment in the statement). */
export type AllocationRule = 'designated' | 'appropriated-by-creditor' | Spread;

export interface AllocationPart {
  claim: string;
  head: Head;
  /** Cents. */
  amount: bigint;
}

export interface AllocationRequest {
  amount: bigint;
  /** In the order the claims fall due (oldest first), ties in case-file order. */
  owed: readonly Owed[];
  /** The claim the payment was appropriated to, by the debtor (or, in English law, the creditor). */
  named?: string | undefined;
  spread: Spread;
  within: readonly Head[];
}

/**
 * Applies one payment. The named claim first (民法典 第560条 第1款: the debtor's designation; English and US law:
 * the debtor's appropriation, else the creditor's), whole, head by head in `within` order; what is left (and every
 * payment that names none) by `spread`. Returns the parts and what is left over (an overpayment). Does not mutate.
 */
export function allocatePayment(req: AllocationRequest): { parts: AllocationPart[]; unapplied: bigint } {
  const remaining = req.owed.map((o) => ({ ...o }));
  const parts: AllocationPart[] = [];
  let left = req.amount;
  const pay = (o: Owed, budget: bigint): bigint => {
    let rest = budget;
    for (const head of req.within) {
      const part = rest < o[head] ? rest : o[head];
      if (part === 0n) continue;
      o[head] -= part;
      rest -= part;
      parts.push({ claim: o.claim, head, amount: part });
    }
    return budget - rest;
  };
  const named = remaining.find((o) => o.claim === req.named);
  if (named) left -= pay(named, left);
  for (const group of debtOrder(remaining, req.spread)) {
    if (left === 0n) break;
    const shares = proRata(
      left,
      group.map((o) => total(o)),
    );
    for (const [i, o] of group.entries()) left -= pay(o, shares[i]!);
  }
  return { parts, unapplied: left };
}

function total(o: Owed): bigint {
  return o.costs + o.charges + o.principal;
}

/**
 * The debts in the order they are paid, as groups paid together pro rata (a group of one is paid in full first).
 * 民法典 第560条 第2款: matured before unmatured — already so in due-date order. The case records no security per
 * claim (a guarantee covers the case) and one late-charge rate for all claims, so security and burden rank the
 * debts equal and the due date decides; debts due the same day share pro rata. Oldest-first: one debt at a time.
 */
function debtOrder(owed: readonly Owed[], spread: Spread): Owed[][] {
  const open = owed.filter((o) => total(o) > 0n);
  if (spread === 'oldest-first') return open.map((o) => [o]);
  const groups: Owed[][] = [];
  for (const o of open) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.dueDate === o.dueDate) last.push(o);
    else groups.push([o]);
  }
  return groups;
}

/**
 * `amount` split in proportion to `weights` (民法典 第560条 第2款 按照债务比例), each share at most its weight.
 * Cents left by rounding down go one each to the largest remainders, earlier first on a tie.
 */
export function proRata(amount: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (amount >= sum) return [...weights];
  const shares = weights.map((w) => (amount * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (amount * w) % sum }));
  let spare = amount - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (spare === 0n) break;
    shares[i]! += 1n;
    spare -= 1n;
  }
  return shares;
}
