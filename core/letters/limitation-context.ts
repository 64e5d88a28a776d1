import type { CaseFile } from '../case/schema.js';
import { guarantorLiability, maximumContext } from '../calc/guarantor-liability.js';
import type { Statement } from '../calc/statement-types.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { LimitationEntry } from '../limitation/types.js';
import { formatCents } from '../money/cents.js';
import type { TemplateValue } from '../templates/values.js';

/**
 * What a letter says about limitation and, to a guarantor, about the guarantee: the addressee's time-barred
 * claims (民法典 第192条, 第193条) and, for a guarantor, the guarantee it is asked to perform (第687–694条).
 */
export function limitationContext(
  data: CaseFile,
  statement: Statement,
  entry: LimitationEntry | undefined,
  recipient: number,
): Record<string, TemplateValue> {
  const descriptions = new Map(data.claims.map((c) => [c.id, c.description]));
  const claims = entry?.claims ?? [];
  return {
    // 民法典 第192条 第1款, 第193条: each claim whose period has run, listed so the letter says which (not one party date).
    timeBarred: claims
      .filter((c) => c.expired)
      .map((c) => ({ claim: c.claim, description: descriptions.get(c.claim) ?? c.claim, expiresOn: c.expiresOn })),
    guarantee:
      data.debtors[recipient]?.role === 'guarantor' ? guaranteeContext(data, recipient, statement, entry, descriptions) : null,
  };
}

/**
 * The guarantee a letter asks a guarantor to perform: its kind (joint 第688条, general 第687条; none agreed = general,
 * 第686条 第2款), the scope as the contract words it or else the statutory one (第691条), the claims it still covers and their total, the claims whose
 * guarantee period passed without the step that keeps it (第693条: not demanded), the period still running (第692条)
 * and the step that already kept it.
 */
function guaranteeContext(
  data: CaseFile,
  recipient: number,
  statement: Statement,
  entry: LimitationEntry | undefined,
  descriptions: ReadonlyMap<string, string>,
): Record<string, TemplateValue> {
  const claims = entry?.claims ?? [];
  const totals = new Map(statement.claims.map((c) => [c.id, c.total]));
  const covered = claims.filter((c) => c.guarantee && !c.released);
  const released = claims.filter((c) => c.released);
  const liability = guarantorLiability(data, statement, entry, recipient);
  const open = covered.filter((c) => c.guarantee!.keptBy === null).map((c) => c.guarantee!.periodEnd);
  const kept = covered.flatMap((c) => (c.guarantee!.keptBy ? [c.guarantee!.keptBy] : []));
  const first = claims.find((c) => c.guarantee)?.guarantee;
  return {
    kind: first?.kind ?? 'general',
    months: first?.months ?? 6,
    // 民法典 第691条: the scope the guarantee contract words, else (null) the statutory one.
    scope: data.debtors[recipient]!.guarantee?.scope ?? null,
    principalDebtor: data.debtors
      .filter((d) => d.role === 'debtor')
      .map((d) => d.name)
      .join('、'),
    // What the guarantor is asked for: the covered claims' total, at most the agreed cap (民法典 第690、691条).
    total: formatCents(liability.owed),
    cap: liability.cap === null ? null : formatCents(liability.cap),
    capped: liability.capped,
    // A 最高额保证 (民法典 第690条): its period, and the claims that arose outside it (not demanded of the guarantor).
    maximum: maximumContext(liability.maximum, descriptions),
    // Every claim is covered and no cap bites: the letter demands the statement's total; otherwise only `total`.
    whole: released.length === 0 && !liability.capped && (liability.maximum?.outside.length ?? 0) === 0,
    openUntil: earliestDate(open),
    keptOn: earliestDate(kept.map((e) => e.date)),
    keptBySuit: kept.length > 0 && kept.every((e) => e.kind === 'suit'),
    released: released.map((c) => ({
      claim: c.claim,
      description: descriptions.get(c.claim) ?? c.claim,
      periodEnd: c.guarantee!.periodEnd,
      total: formatCents(totals.get(c.claim) ?? 0n),
    })),
  };
}

function earliestDate(dates: readonly IsoDate[]): IsoDate | null {
  return dates.reduce<IsoDate | null>((a, d) => (a === null || d < a ? d : a), null);
}
