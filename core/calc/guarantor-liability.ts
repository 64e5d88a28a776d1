import type { CaseFile } from '../case/schema.js';
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
  const covered = cents(
    (entry?.claims ?? []).filter((c) => c.guarantee && !c.released).reduce((sum, c) => sum + (totals.get(c.claim) ?? 0n), 0n),
  );
  const agreed = data.debtors[party]?.guarantee?.maxAmount;
  const cap = agreed === undefined ? null : parseCents(agreed);
  // 民法典 第691条: the guarantor answers within the scope agreed; a sum the contract caps it at is the most it owes (第690条).
  const capped = cap !== null && cap < covered;
  return { party, covered, cap, owed: capped ? cap : covered, capped };
}
