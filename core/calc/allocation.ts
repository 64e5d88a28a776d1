import type { IsoDate } from '../dates/calendar-date.js';
import { cents, type Cents } from '../money/cents.js';

/** What one claim still owes in cents, by the three heads of 民法典 第561条, and when it fell due. */
export interface Owed {
  readonly id: string;
  readonly dueDate: IsoDate;
  readonly costs: bigint;
  readonly charges: bigint;
  readonly principal: bigint;
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
  amount: Cents;
}

export interface AllocationRequest {
  amount: bigint;
  /**
   * The debts that owe anything, in the order they fall due (oldest first), ties in case-file order. Read only as
   * far as the payment reaches, so a source that yields them one by one is walked no further than needed.
   */
  open: Iterable<Owed>;
  /** The debt the payment was appropriated to, by the debtor (or, in English law, the creditor). */
  named?: Owed | undefined;
  spread: Spread;
  within: readonly Head[];
}

/**
 * Applies one payment. The named claim first (民法典 第560条 第1款: the debtor's designation; English and US law:
 * the debtor's appropriation, else the creditor's), whole, head by head in `within` order; what is left (and every
 * payment that names none) by `spread`. Returns the parts and what is left over (an overpayment). Does not mutate.
 */
export function allocatePayment(req: AllocationRequest): { parts: AllocationPart[]; unapplied: bigint } {
  const parts: AllocationPart[] = [];
  let left = req.amount;
  const pay = (o: Owed, budget: bigint): bigint => {
    let rest = budget;
    for (const head of req.within) {
      const part = rest < o[head] ? rest : o[head];
      if (part === 0n) continue;
      rest -= part;
      parts.push({ claim: o.id, head, amount: cents(part) });
    }
    return budget - rest;
  };
  if (req.named) left -= pay(req.named, left);
  // Past this point the named debt is paid off, or nothing is left: the spread leaves it out.
  if (left > 0n)
    for (const group of debtOrder(req.open, req.named, req.spread)) {
      const shares = proRata(left, group.map(total));
      for (const [i, o] of group.entries()) left -= pay(o, shares[i]!);
      if (left === 0n) break;
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
function* debtOrder(open: Iterable<Owed>, paidOff: Owed | undefined, spread: Spread): Generator<Owed[]> {
  let group: Owed[] = [];
  for (const o of open) {
    if (o === paidOff) continue;
    if (spread === 'prc-560' && group.length > 0 && group[0]!.dueDate === o.dueDate) group.push(o);
    else {
      if (group.length > 0) yield group;
      group = [o];
    }
  }
  if (group.length > 0) yield group;
}

/**
 * `amount` split in proportion to `weights` (民法典 第560条 第2款 按照债务比例), each share at most its weight.
 * Cents left by rounding down go one each to the largest remainders, earlier first on a tie.
 */
export function proRata(amount: bigint, weights: readonly bigint[]): bigint[] {
  let sum = 0n;
  for (const w of weights) sum += w;
  if (amount >= sum) return [...weights];
  const shares: bigint[] = [];
  const remainders: bigint[] = [];
  let spare = amount;
  for (const w of weights) {
    const product = amount * w;
    const share = product / sum;
    shares.push(share);
    remainders.push(product - share * sum);
    spare -= share;
  }
  if (spare === 0n) return shares;
  // Fewer cents are spare than there are remainders above zero: only those are ranked.
  const ranked = remainders.flatMap((r, i) => (r > 0n ? [i] : []));
  ranked.sort((a, b) => (remainders[a] === remainders[b] ? a - b : remainders[a]! > remainders[b]! ? -1 : 1));
  for (const i of ranked.slice(0, Number(spare))) shares[i]! += 1n;
  return shares;
}
