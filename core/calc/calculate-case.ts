import type { CaseFile } from '../case/schema.js';
import { owedUnderJudgment, type JudgmentOwed } from '../filings/judgment-context.js';
import { computeLimitation, type LimitationInput } from '../limitation/limitation.js';
import { describeLimitation, type LimitationReport } from '../limitation/report.js';
import { englishService } from '../limitation/service.js';
import type { LimitationEntry, ServiceEntry } from '../limitation/types.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { MoneyJson } from '../money/money-json.js';
import { reasonLanguage, type Language } from '../util/language.js';
import { guarantorLiabilities, type GuarantorLiability } from './guarantor-liability.js';
import { computeStatement } from './statement.js';
import type { Statement } from './statement-types.js';

/** Everything `casepack calc` works out: the statement of what is owed, limitation per debtor, service dates. */
export interface CaseCalculation extends Statement {
  limitation: LimitationEntry[];
  service: ServiceEntry[];
  /** What each guarantor owes: the claims its guarantee still covers, at most the sum the contract caps it at. */
  guarantors: GuarantorLiability[];
  /**
   * What the case's judgment orders paid, once it is in force: then that, not the contract's total, is what the
   * debtor owes (民事诉讼法 第264条). Null while the case holds no judgment in force.
   */
  underJudgment: JudgmentOwed | null;
}

/** Nothing is owed: under the judgment once it is in force (its sum, doubled interest and costs all paid), else under the contract. */
export const nothingOwed = (calc: Pick<CaseCalculation, 'settled' | 'underJudgment'>): boolean =>
  calc.underJudgment ? calc.underJudgment.total === 0n : calc.settled;

/** A calculation with the limitation reasons in words: what the API, the app and `casepack calc` show. */
export interface ExplainedCalculation extends Statement {
  limitation: LimitationReport[];
  service: ServiceEntry[];
  guarantors: GuarantorLiability[];
  underJudgment: JudgmentOwed | null;
}

/** An explained calculation as the API and `casepack calc --json` give it: amounts as decimal text. */
export type CaseCalculationJson = MoneyJson<ExplainedCalculation>;

/**
 * `language`: of the rate notes and warnings, whatever the case's own. Limitation comes as data
 * (no sentences): `explainCase` adds them, for callers that show them.
 */
export function calculateCase(data: CaseFile, asOf: IsoDate, language?: Language): CaseCalculation {
  const statement = computeStatement(data, asOf, language);
  // Added to the statement just made rather than copied with a spread, which took a fifth of the bench.
  const limitation = computeLimitation(data, asOf, limitationInput(statement));
  return Object.assign(statement, {
    limitation,
    service: englishService(data),
    guarantors: guarantorLiabilities(data, statement, limitation),
    underJudgment: owedUnderJudgment(data, asOf),
  });
}

/** The calculation with the limitation reasons written out in `language` (English when none is given). */
export function explainCase(data: CaseFile, asOf: IsoDate, language?: Language): ExplainedCalculation {
  const calculation = calculateCase(data, asOf, language);
  return Object.assign(calculation, { limitation: describeLimitation(calculation.limitation, reasonLanguage(language)) });
}

/** What limitation reads from a statement: the claims each payment was applied to, and the claims fully paid. */
export function limitationInput(statement: Pick<Statement, 'payments' | 'claims'>): LimitationInput {
  const settled = new Set<string>();
  for (const c of statement.claims) if (c.settled) settled.add(c.id);
  const applied = new Map<number, string[]>();
  for (const p of statement.payments) applied.set(p.payment, p.debts);
  return { applied, settled };
}
