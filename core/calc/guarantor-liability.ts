import type { CaseFile } from '../case/schema.js';
import { arisesWithin, maximumPeriodOf } from '../case/maximum-guarantee.js';
import type { LimitationEntry } from '../limitation/types.js';
import { cents, parseCents, type Cents } from '../money/cents.js';
import type { Statement } from './statement-types.js';

/** What one guarantor owes on the statement's date, and what caps it. */
export interface GuarantorLiability {
  /** The guarantor's position in debtors. */
  party: number;
  /** The statement's total of the claims the guarantee still covers (its period not passed unclaimed, 民法典 第693条). */
  covered: Cents;
  /** The most the guarantee contract makes the guarantor owe (民法典 第691条 agreed scope; 第690条 最高额保证), or null. */
  cap: Cents | null;
  /** What the guarantor is asked for: the covered total, at most the cap. */
  owed: Cents;
  /** The cap is below the covered total, so the guarantor owes less than the debtor. */
  capped: boolean;
  /** A 最高额保证 (民法典 第690条): its period, and the claims of the case that arose outside it (not covered). */
  maximum: { from: string; to: string; outside: string[] } | null;
}

/** Each guarantor's liability, in the order of debtors, from the statement and limitation of the same date. */
export function guarantorLiabilities(
  data: CaseFile,
  statement: Pick<Statement, 'claims'>,
  limitation: readonly LimitationEntry[],
): GuarantorLiability[] {
  return data.debtors.flatMap((d, party) =>
    d.role === 'guarantor' ? [guarantorLiability(data, statement, limitation[party], party)] : [],
  );
}

/** One guarantor's liability: the claims its guarantee covers, capped at the amount the contract agrees (民法典 第691条). */
export function guarantorLiability(
  data: CaseFile,
  statement: Pick<Statement, 'claims'>,
  entry: LimitationEntry | undefined,
  party: number,
): GuarantorLiability {
  const totals = new Map(statement.claims.map((c) => [c.id, c.total]));
  const guarantee = data.debtors[party]?.guarantee;
  const period = maximumPeriodOf(data.debtors[party]);
  const claimsById = new Map(data.claims.map((c) => [c.id, c]));
  const inPeriod = (claim: string) => !period || arisesWithin(claimsById.get(claim)!, period);
  const covered = cents(
    (entry?.claims ?? [])
      .filter((c) => c.guarantee && !c.released && inPeriod(c.claim))
      .reduce((sum, c) => sum + (totals.get(c.claim) ?? 0n), 0n),
  );
  const agreed = guarantee?.maxAmount;
  const cap = agreed === undefined ? null : parseCents(agreed);
  // 民法典 第691条: the guarantor answers within the scope agreed; a sum the contract caps it at is the most it owes (第690条).
  const capped = cap !== null && cap < covered;
  const maximum = period && { ...period, outside: data.claims.filter((c) => !inPeriod(c.id)).map((c) => c.id) };
  return { party, covered, cap, owed: capped ? cap : covered, capped, maximum };
}

/** A 最高额保证's period and the claims outside it, as letter templates read them (null for an ordinary guarantee). */
export function maximumContext(
  maximum: GuarantorLiability['maximum'],
  descriptions: ReadonlyMap<string, string>,
): { from: string; to: string; outside: { claim: string; description: string }[] } | null {
  if (!maximum) return null;
  const outside = maximum.outside.map((claim) => ({ claim, description: descriptions.get(claim) ?? claim }));
  return { from: maximum.from, to: maximum.to, outside };
}
