import type { CaseFile } from '../case/schema.js';
import { daysInclusive } from '../calc/day-math.js';
import type { IsoDate } from '../util/calendar-date.js';
import { actsByParty } from './acts.js';
import { englishLimitation } from './english-limitation.js';
import { debtGroups } from './debt-groups.js';
import { guarantorLimitation } from './prc-guarantor.js';
import { runThreeYears } from './prc-interruptions.js';
import type { DebtLimitation, LimitationEntry } from './types.js';

const WARN_DAYS = 90;

/**
 * Limitation per debtor on `asOf`: PRC rules for zh-CN cases, English rules for en-GB; en-US has none yet.
 * Acts dated after `asOf` have not happened yet and are left out.
 * `settled` lists claims fully paid, which no longer need a date. Each debtor gets the earliest date among
 * its debts, with the others as notes.
 */
export function computeLimitation(data: CaseFile, asOf: IsoDate, settled: ReadonlySet<string> = new Set()): LimitationEntry[] {
  const acts = actsByParty(data, asOf);
  const groups = debtGroups(data.claims).filter((g) => g.claims.some((c) => !settled.has(c)));
  const principalActs = data.debtors.flatMap((d, i) => (d.role === 'debtor' ? (acts.get(i) ?? []) : []));

  return data.debtors.map((debtor, party) => {
    const own = acts.get(party) ?? [];
    const entry = { party, name: debtor.name, role: debtor.role };
    if (data.locale === 'en-US')
      return {
        ...entry,
        expiresOn: null,
        basis: 'no limitation rules for en-US cases in this version',
        warning: false,
        daysLeft: null,
        notes: [],
      };
    if (groups.length === 0)
      return { ...entry, expiresOn: null, basis: 'every claim is paid', warning: false, daysLeft: null, notes: [] };

    const results = groups.map((group) => {
      if (data.locale === 'en-GB') return { group, result: englishLimitation(group, own, debtor.role === 'guarantor') };
      if (debtor.role === 'guarantor') return { group, result: guarantorLimitation(debtor, group, own, principalActs, asOf) };
      const start = `debt due ${group.dueDate} (${group.label})`;
      return { group, result: runThreeYears(group.dueDate, start, own) };
    });
    const first = earliest(results.map((r) => r.result));
    const daysLeft = first.expiresOn === null ? null : daysInclusive(asOf, first.expiresOn) - 1;
    const others =
      results.length > 1 ? results.map((r) => `${r.group.label}: ${r.result.expiresOn ?? '—'} — ${r.result.basis}`) : [];
    return {
      ...entry,
      expiresOn: first.expiresOn,
      basis: first.basis,
      warning: daysLeft !== null && daysLeft < WARN_DAYS,
      daysLeft,
      notes: uniqueNotes(others, results),
    };
  });
}

function uniqueNotes(others: string[], results: { result: DebtLimitation }[]): string[] {
  const notes = others;
  for (const r of results) for (const note of r.result.notes) if (!notes.includes(note)) notes.push(note);
  return notes;
}

/** The first date to act on; a debt without a date (proceedings running) matters only if all are so. */
function earliest(results: DebtLimitation[]): DebtLimitation {
  const dated = results.filter((r) => r.expiresOn !== null).sort((a, b) => (a.expiresOn! < b.expiresOn! ? -1 : 1));
  return dated[0] ?? results[0]!;
}
