import { arisesWithin, maximumPeriodOf } from '../case/maximum-guarantee.js';
import type { CaseFile, Debtor } from '../case/schema.js';
import { daysInclusive, type IsoDate } from '../dates/calendar-date.js';
import { actsByParty, type AppliedPayments } from './acts.js';
import { actsByDebt, claimDebts, type ClaimDebt } from './debts.js';
import { englishLimitation } from './english-limitation.js';
import { guarantorLimitation } from './prc-guarantor.js';
import { runThreeYears } from './prc-interruptions.js';
import { articleOf } from './rules.js';
import type { ClaimLimitation, DebtLimitation, LimitationEntry, LimitationNote } from './types.js';

const WARN_DAYS = 90;

/** What limitation needs from the statement: the claims each payment went to, and the claims fully paid. */
export interface LimitationInput {
  applied: AppliedPayments;
  settled: ReadonlySet<string>;
}

/**
 * Limitation per debtor and per claim on `asOf`, as data (report.ts words it): PRC rules for zh-CN cases, English
 * rules for en-GB; en-US has none yet. Acts dated after `asOf` have not happened yet and are left out. Each
 * outstanding claim gets its own date from the acts that reach its debt; a debtor's date is the earliest among them.
 */
export function computeLimitation(data: CaseFile, asOf: IsoDate, input: LimitationInput): LimitationEntry[] {
  if (data.locale === 'en-US') return data.debtors.map((d, party) => emptyEntry(party, d, 'no-rules'));
  const all = claimDebts(data.claims);
  const debts = all.filter((c) => !input.settled.has(c.claim));
  if (debts.length === 0) return data.debtors.map((d, party) => emptyEntry(party, d, 'all-paid'));

  const debtOf = new Map(all.map((c) => [c.claim, c.debt]));
  const acts = actsByParty(data, asOf, input.applied);
  const reaching = acts.map((own) => actsByDebt(own, debtOf));
  const principalParties = data.debtors.flatMap((d, i) => (d.role === 'debtor' ? [i] : []));
  const reachingPrincipal = actsByDebt(
    principalParties.flatMap((i) => acts[i]!),
    debtOf,
  );
  // Claims of one debt with one start date share every result: each such unit is worked out once per party.
  const units = debtUnits(debts);
  const perParty = (): (DebtLimitation | undefined)[][] => data.debtors.map(() => []);
  const [revivable, pleadable, own] = [perParty(), perParty(), perParty()];
  const onDebt = (party: number, c: ClaimDebt, unit: number, revive: boolean): DebtLimitation => {
    const memo = (revive ? revivable : pleadable)[party]!;
    return (memo[unit] ??= runThreeYears(c.start, reaching[party]!(c.debt), { revive }));
  };
  // The principal debt as a guarantor may plead it: the earliest among the debtors, revivals left out (第701条).
  const principalFor = (c: ClaimDebt, unit: number) => earliest(principalParties.map((p) => onDebt(p, c, unit, false)));

  const claimById = new Map(data.claims.map((c) => [c.id, c]));
  const limitationOf = (
    debtor: Debtor,
    party: number,
    c: ClaimDebt,
    unit: number,
    start: MaximumStart | null,
  ): DebtLimitation => {
    if (data.locale === 'en-GB') return englishLimitation(c.start, reaching[party]!(c.debt), debtor.role === 'guarantor');
    if (debtor.role === 'debtor') return onDebt(party, c, unit, true);
    const principal = reachingPrincipal(c.debt);
    const from = start?.from ?? c.start;
    return guarantorLimitation(debtor, from, reaching[party]!(c.debt), principal, principalFor(c, unit), asOf, start?.note);
  };

  return data.debtors.map((debtor, party) => {
    const memo = own[party]!;
    const period = data.locale === 'zh-CN' && debtor.role === 'guarantor' ? maximumPeriodOf(debtor) : null;
    // 民法典 第690条: a 最高额保证 answers only for the debts arising within its period.
    const covered = period
      ? debts.flatMap((c, i) => (arisesWithin(claimById.get(c.claim)!, period) ? [i] : []))
      : debts.map((_, i) => i);
    if (covered.length === 0) return emptyEntry(party, debtor, 'prc-maximum-none-guaranteed');
    const start =
      period &&
      maximumStart(
        period.to,
        covered.map((i) => debts[i]!.start),
      );
    const claims = covered.map((i) =>
      claimLimitation(debts[i]!, (memo[units[i]!] ??= limitationOf(debtor, party, debts[i]!, units[i]!, start)), asOf),
    );
    const first = earliest(claims)!;
    let lapsedUntil: IsoDate | null = null;
    for (const c of claims) {
      if (!c.released) {
        lapsedUntil = null;
        break;
      }
      if (lapsedUntil === null || c.guarantee!.periodEnd > lapsedUntil) lapsedUntil = c.guarantee!.periodEnd;
    }
    const daysLeft = first.expiresOn === null ? null : daysInclusive(asOf, first.expiresOn) - 1;
    return {
      party,
      name: debtor.name,
      role: debtor.role,
      expiresOn: first.expiresOn,
      expired: first.expired,
      rule: first.rule,
      article: first.article,
      event: first.event,
      claim: first.claim,
      claims,
      guaranteeLapsed: lapsedUntil === null ? null : { periodEnd: lapsedUntil },
      warning: daysLeft !== null && daysLeft < WARN_DAYS,
      daysLeft,
    };
  });
}

/** For each debt in turn, a number shared by the debts with the same key and start (0, 1, 2 … in order of first sight). */
function debtUnits(debts: readonly ClaimDebt[]): number[] {
  const seen = new Map<string, number>();
  return debts.map((c) => {
    const key = `${c.debt}\n${c.start}`;
    let unit = seen.get(key);
    if (unit === undefined) seen.set(key, (unit = seen.size));
    return unit;
  });
}

function claimLimitation(debt: ClaimDebt, r: DebtLimitation, asOf: IsoDate): ClaimLimitation {
  const released = r.guarantee?.released === true;
  const out: ClaimLimitation = {
    claim: debt.claim,
    debt: debt.debt,
    start: debt.start,
    instalments: debt.instalments,
    expiresOn: r.expiresOn,
    // 民法典 第192、193条: a defence the debtor may plead; the court does not raise it itself (report.ts says so).
    expired: !released && r.expiresOn !== null && r.expiresOn < asOf,
    released,
    rule: r.rule,
    article: articleOf(r.rule),
    event: r.event,
    notes: r.notes,
  };
  if (r.guarantee) out.guarantee = r.guarantee;
  return out;
}

/** The first date to act on; a debt without a date (proceedings running) matters only if all are so. */
export function earliest<T extends { expiresOn: IsoDate | null }>(items: readonly T[]): T | undefined {
  let first: T | undefined;
  for (const t of items) if (t.expiresOn !== null && (first === undefined || t.expiresOn < first.expiresOn!)) first = t;
  return first ?? items[0];
}

interface MaximumStart {
  from: IsoDate;
  note: LimitationNote;
}

/**
 * Where a 最高额保证's guarantee period starts when the contract does not say (担保制度解释 第30条 第2款): the day its
 * debts are fixed, the end of its period (民法典 第690条 第2款, 第423条 第1项), once every guaranteed debt is due by then;
 * otherwise the last guaranteed debt's due date.
 */
function maximumStart(settledOn: IsoDate, dueDates: readonly IsoDate[]): MaximumStart {
  const from = dueDates.reduce((last, due) => (due > last ? due : last), settledOn);
  return { from, note: { code: 'maximum-guarantee-start', settledOn, from } };
}

function emptyEntry(
  party: number,
  debtor: Debtor,
  rule: 'all-paid' | 'no-rules' | 'prc-maximum-none-guaranteed',
): LimitationEntry {
  return {
    party,
    name: debtor.name,
    role: debtor.role,
    expiresOn: null,
    expired: false,
    rule,
    article: articleOf(rule),
    event: null,
    claim: null,
    claims: [],
    guaranteeLapsed: null,
    warning: false,
    daysLeft: null,
  };
}
