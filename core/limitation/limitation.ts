import type { CaseFile, Debtor } from '../case/schema.js';
import { daysInclusive } from '../dates/calendar-date.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { reasonLanguage, type Language } from '../util/language.js';
import { actsByParty, type Act } from './acts.js';
import { englishLimitation } from './english-limitation.js';
import { debtGroups } from './debt-groups.js';
import { guarantorLimitation } from './prc-guarantor.js';
import { runThreeYears } from './prc-interruptions.js';
import type { DebtGroup, DebtLimitation, LimitationEntry } from './types.js';
import { limitationWording } from './wording.js';

const WARN_DAYS = 90;

/**
 * Limitation per debtor on `asOf`: PRC rules for zh-CN cases, English rules for en-GB; en-US has none yet.
 * Acts dated after `asOf` have not happened yet and are left out.
 * `settled` lists claims fully paid, which no longer need a date. Each debtor gets the earliest date among
 * its debts, with the others as notes. The reasons are given in `language` where the rules are PRC law.
 */
export function computeLimitation(
  data: CaseFile,
  asOf: IsoDate,
  settled: ReadonlySet<string> = new Set(),
  language?: Language,
): LimitationEntry[] {
  if (data.locale === 'en-US')
    return data.debtors.map((debtor, party) =>
      entry(party, debtor, null, 'no limitation rules for en-US cases in this version', null),
    );
  const words = limitationWording(reasonLanguage(data, language));
  const groups = debtGroups(data.claims, words).filter((g) => g.claims.some((c) => !settled.has(c)));
  if (groups.length === 0) return data.debtors.map((debtor, party) => entry(party, debtor, null, words.allPaid, null));

  const acts = actsByParty(data, asOf, words);
  let principalActs: Act[] | undefined; // only a general guarantee needs them
  const debtorLimitation = (debtor: Debtor, party: number, group: DebtGroup): DebtLimitation => {
    const own = acts[party] ?? [];
    if (data.locale === 'en-GB') return englishLimitation(group, own, debtor.role === 'guarantor');
    if (debtor.role === 'guarantor') {
      principalActs ??= data.debtors.flatMap((d, i) => (d.role === 'debtor' ? (acts[i] ?? []) : []));
      return guarantorLimitation(debtor, group, own, principalActs, asOf, words);
    }
    return runThreeYears(group.dueDate, words.debtDue(group.dueDate, group.label), own, words);
  };

  return data.debtors.map((debtor, party) => {
    const results = groups.map((group) => debtorLimitation(debtor, party, group));
    const first = earliest(results);
    const daysLeft = first.expiresOn === null ? null : daysInclusive(asOf, first.expiresOn) - 1;
    const notes = results.length > 1 ? results.map((r, i) => words.otherDebt(groups[i]!.label, r.expiresOn, r.basis)) : [];
    for (const r of results) for (const note of r.notes) if (!notes.includes(note)) notes.push(note);
    return entry(party, debtor, first.expiresOn, first.basis, daysLeft, notes);
  });
}

function entry(
  party: number,
  debtor: Debtor,
  expiresOn: IsoDate | null,
  basis: string,
  daysLeft: number | null,
  notes: string[] = [],
): LimitationEntry {
  const warning = daysLeft !== null && daysLeft < WARN_DAYS;
  return { party, name: debtor.name, role: debtor.role, expiresOn, basis, warning, daysLeft, notes };
}

/** The first date to act on; a debt without a date (proceedings running) matters only if all are so. */
function earliest(results: readonly DebtLimitation[]): DebtLimitation {
  let first: DebtLimitation | undefined;
  for (const r of results) if (r.expiresOn !== null && (first === undefined || r.expiresOn < first.expiresOn!)) first = r;
  return first ?? results[0]!;
}
