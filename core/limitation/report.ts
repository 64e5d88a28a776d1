import type { Language } from '../util/language.js';
import { earliest } from './limitation.js';
import type { ClaimLimitation, LimitationEntry } from './types.js';
import type { RuleCode } from './rules.js';
import { limitationWording, type LimitationWording } from './wording.js';

/** One claim's limitation with its reason in words, as the API, the app and `casepack calc` show it. */
export interface ClaimLimitationReport extends Omit<ClaimLimitation, 'start' | 'instalments' | 'notes'> {
  /** The reason, rendered in the report's language. */
  basis: string;
}

/** A debtor's limitation with its reasons in words, as the API, the app and `casepack calc` show it. */
export interface LimitationReport extends Omit<LimitationEntry, 'claims'> {
  claims: ClaimLimitationReport[];
  /** The reason for `expiresOn`, rendered in the report's language. */
  basis: string;
  /** One line per debt when there are several, then the notes, each once, rendered. */
  notes: string[];
}

/**
 * The limitation results with their reasons written out in `language`. Only callers that show them ask for this
 * (the API, `casepack calc`, the due list): the figures and every decision are in the results already.
 */
export function describeLimitation(entries: readonly LimitationEntry[], language: Language): LimitationReport[] {
  const words = limitationWording(language);
  return entries.map((entry) => {
    const bases = entry.claims.map((c) => words.basis(c, c));
    const claims = entry.claims.map((c, i): ClaimLimitationReport => ({
      claim: c.claim,
      debt: c.debt,
      expiresOn: c.expiresOn,
      expired: c.expired,
      released: c.released,
      rule: c.rule,
      article: c.article,
      event: c.event,
      basis: bases[i]!,
      ...(c.guarantee && { guarantee: c.guarantee }),
    }));
    const first = earliest(entry.claims);
    const noted = new Set<string>(); // in order, once each; a Set, since a case may have 100,000 debts
    if (new Set(entry.claims.map((c) => `${c.debt}\n${c.start}`)).size > 1)
      entry.claims.forEach((c, i) => noted.add(words.debtLine(c, c.expiresOn, bases[i]!)));
    for (const c of entry.claims) {
      // 民法典 第192、193条: beside every expired date, that expiry is a defence the court does not raise itself.
      if (c.expired) noted.add(words.note({ code: 'expired-defence', on: c.expiresOn! }));
      for (const note of c.notes) noted.add(words.note(note));
    }
    return {
      party: entry.party,
      name: entry.name,
      role: entry.role,
      expiresOn: entry.expiresOn,
      expired: entry.expired,
      rule: entry.rule,
      article: entry.article,
      event: entry.event,
      claim: entry.claim,
      claims,
      guaranteeLapsed: entry.guaranteeLapsed,
      basis: first ? bases[entry.claims.indexOf(first)]! : emptyBasis(entry.rule, words),
      warning: entry.warning,
      daysLeft: entry.daysLeft,
      notes: [...noted],
    };
  });
}

/** The basis of a party with no outstanding claim to date. */
function emptyBasis(rule: RuleCode, words: LimitationWording): string {
  if (rule === 'all-paid') return words.allPaid;
  if (rule === 'prc-maximum-none-guaranteed') return words.noneGuaranteed;
  return words.noRules;
}
