import type { CaseFile } from '../case/schema.js';
import { DEFAULT_LADDERS, LOCALE_LADDERS } from './ladder-config.js';

/** The default ladders written for Chinese law: never the one of a case under another law. */
const CHINESE_LADDERS: ReadonlySet<string> = new Set(
  Object.keys(DEFAULT_LADDERS).filter((l) => !Object.values(LOCALE_LADDERS).some((own) => own.person === l || own.company === l)),
);

/**
 * The ladder a case follows when nobody chose one: an English or US case its jurisdiction's for its debtor's
 * kind; for Chinese cases, property fees by their contract or claims, business debtors on the B2B ladder,
 * everyone else on the card-debt ladder.
 */
export function inferLadder(data: CaseFile): string {
  const debtor = data.debtors.find((d) => d.role === 'debtor');
  const kind = debtor?.kind === 'company' ? 'company' : 'person';
  const own = LOCALE_LADDERS[data.locale];
  if (own) return own[kind];
  const words = [data.contract?.title ?? '', ...data.claims.map((c) => c.description)].join(' ');
  if (/物业|property fee|service charge/i.test(words)) return 'property-fee';
  return kind === 'company' ? 'b2b-invoice' : 'card-debt';
}

/**
 * The ladder a case is on: the one stored for it (chosen at import or last recorded by `casepack due`), unless
 * that is a Chinese ladder and the case is under a law with its own, as cases stored before those ladders
 * existed were put; else the inferred one.
 */
export function caseLadder(data: CaseFile, stored: string | undefined): string {
  if (stored === undefined) return inferLadder(data);
  return CHINESE_LADDERS.has(stored) && LOCALE_LADDERS[data.locale] ? inferLadder(data) : stored;
}
