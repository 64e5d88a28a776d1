import type { CaseFile, Debtor } from '../case/schema.js';
import { daysInclusive, type IsoDate } from '../dates/calendar-date.js';
import { reasonLanguage, type Language } from '../util/language.js';
import { actsByParty, type AppliedPayments } from './acts.js';
import { actsOnDebt, claimDebts, type ClaimDebt } from './debts.js';
import { englishLimitation } from './english-limitation.js';
import { guarantorLimitation } from './prc-guarantor.js';
import { runThreeYears } from './prc-interruptions.js';
import { articleOf } from './rules.js';
import type { Act, ClaimLimitation, DebtLimitation, LimitationEntry, LimitationNote } from './types.js';
import { limitationWording, type LimitationWording } from './wording.js';

const WARN_DAYS = 90;

/** What limitation needs from the statement: the claims each payment went to, and the claims fully paid. */
export interface LimitationInput {
  applied: AppliedPayments;
  settled: ReadonlySet<string>;
}

/**
 * Limitation per debtor and per claim on `asOf`: PRC rules for zh-CN cases, English rules for en-GB; en-US has
 * none yet. Acts dated after `asOf` have not happened yet and are left out. Each outstanding claim gets its own
 * date from the acts that reach its debt; a debtor's date is the earliest among them. Reasons are rendered in
 * `language` where the rules are PRC law.
 */
export function computeLimitation(data: CaseFile, asOf: IsoDate, input: LimitationInput, language?: Language): LimitationEntry[] {
  const words = limitationWording(reasonLanguage(data, language));
  if (data.locale === 'en-US') return data.debtors.map((d, party) => emptyEntry(party, d, 'no-rules', words.noRules));
  const debts = claimDebts(data.claims).filter((c) => !input.settled.has(c.claim));
  if (debts.length === 0) return data.debtors.map((d, party) => emptyEntry(party, d, 'all-paid', words.allPaid));

  const debtOf = new Map(claimDebts(data.claims).map((c) => [c.claim, c.debt]));
  const acts = actsByParty(data, asOf, input.applied);
  const principalParties = data.debtors.flatMap((d, i) => (d.role === 'debtor' ? [i] : []));
  const principalActs = principalParties.flatMap((i) => acts[i]!);
  const memo = new Map<string, DebtLimitation>();
  const onDebt = (party: number, own: readonly Act[], c: ClaimDebt, revive: boolean) => {
    const key = `${party}|${c.debt}|${c.start}|${revive}`;
    let result = memo.get(key);
    if (!result) memo.set(key, (result = runThreeYears(c.start, actsOnDebt(own, c.debt, debtOf), { revive })));
    return result;
  };
  // The principal debt as a guarantor may plead it: the earliest among the debtors, revivals left out (第701条).
  const principalFor = (c: ClaimDebt) =>
    earliest(principalParties.map((p) => ({ result: onDebt(p, acts[p]!, c, false) })))?.result;

  const limitationOf = (debtor: Debtor, party: number, c: ClaimDebt): DebtLimitation => {
    const own = acts[party]!;
    if (data.locale === 'en-GB') return englishLimitation(c.start, actsOnDebt(own, c.debt, debtOf), debtor.role === 'guarantor');
    if (debtor.role === 'debtor') return onDebt(party, own, c, true);
    const onThis = actsOnDebt(own, c.debt, debtOf);
    return guarantorLimitation(debtor, c.start, onThis, actsOnDebt(principalActs, c.debt, debtOf), principalFor(c), asOf);
  };

  return data.debtors.map((debtor, party) => {
    const rows = debts.map((c) => claimRow(c, limitationOf(debtor, party, c), asOf, words));
    const claims = rows.map((r) => r.out);
    const first = earliest(claims)!;
    const daysLeft = first.expiresOn === null ? null : daysInclusive(asOf, first.expiresOn) - 1;
    const noted = new Set<string>(); // in order, once each; a Set, since a case may have 100,000 debts
    if (new Set(rows.map((r) => `${r.debt.debt}|${r.debt.start}`)).size > 1)
      for (const r of rows) noted.add(words.debtLine(r.debt, r.out.expiresOn, r.out.basis));
    for (const r of rows) for (const note of r.notes) noted.add(note);
    const notes = [...noted];
    const released = claims.filter((c) => c.released);
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
      guaranteeLapsed:
        released.length === claims.length
          ? {
              periodEnd: released
                .map((c) => c.guarantee!.periodEnd)
                .sort()
                .at(-1)!,
            }
          : null,
      basis: first.basis,
      warning: daysLeft !== null && daysLeft < WARN_DAYS,
      daysLeft,
      notes,
    };
  });
}

function claimRow(debt: ClaimDebt, r: DebtLimitation, asOf: IsoDate, words: LimitationWording) {
  const released = r.guarantee?.released === true;
  const expired = !released && r.expiresOn !== null && r.expiresOn < asOf;
  // 民法典 第192、193条: beside every expired date, that expiry is a defence the court does not raise itself.
  const notes: LimitationNote[] = expired ? [{ code: 'expired-defence', on: r.expiresOn! }, ...r.notes] : r.notes;
  const out: ClaimLimitation = {
    claim: debt.claim,
    debt: debt.debt,
    expiresOn: r.expiresOn,
    expired,
    released,
    rule: r.rule,
    article: articleOf(r.rule),
    event: r.event,
    basis: words.basis(r, debt),
    ...(r.guarantee && { guarantee: r.guarantee }),
  };
  return { debt, out, notes: notes.map((n) => words.note(n)) };
}

/** The first date to act on; a debt without a date (proceedings running) matters only if all are so. */
function earliest<T extends { expiresOn: IsoDate | null } | { result: DebtLimitation }>(items: readonly T[]): T | undefined {
  const date = (t: T) => ('result' in t ? t.result.expiresOn : t.expiresOn);
  let first: T | undefined;
  for (const t of items) if (date(t) !== null && (first === undefined || date(t)! < date(first)!)) first = t;
  return first ?? items[0];
}

function emptyEntry(party: number, debtor: Debtor, rule: 'all-paid' | 'no-rules', basis: string): LimitationEntry {
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
    basis,
    warning: false,
    daysLeft: null,
    notes: [],
  };
}
