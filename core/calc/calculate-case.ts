import type { CaseFile } from '../case/schema.js';
import { computeLimitation } from '../limitation/limitation.js';
import { englishService } from '../limitation/service.js';
import type { LimitationEntry, ServiceEntry } from '../limitation/types.js';
import type { IsoDate } from '../util/calendar-date.js';
import { computeStatement } from './statement.js';
import type { Statement } from './statement-types.js';

/** Everything `casepack calc` reports: the statement of what is owed, limitation per debtor, service dates. */
export interface CaseCalculation extends Statement {
  limitation: LimitationEntry[];
  service: ServiceEntry[];
}

export function calculateCase(data: CaseFile, asOf: IsoDate): CaseCalculation {
  const statement = computeStatement(data, asOf);
  const settled = new Set<string>();
  for (const c of statement.claims) if (c.total === '0.00') settled.add(c.id);
  // Added to the statement just made rather than copied with a spread, which took a fifth of the bench.
  return Object.assign(statement, { limitation: computeLimitation(data, asOf, settled), service: englishService(data) });
}
