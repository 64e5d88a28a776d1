import { calculateCase, nothingOwed, type CaseCalculation } from '../calc/calculate-case.js';
import { caseIssues } from '../case/validate.js';
import { CasePackError } from '../errors.js';
import { formatCents } from '../money/cents.js';
import type { MoneyJson } from '../money/money-json.js';
import type { CaseFile } from '../case/schema.js';
import type { CaseLadderRow } from '../ladder/case-ladder-rows.js';
import { caseStage, type CaseStage } from '../ladder/case-stage.js';
import { deskFacts, type Deadline, type DeskFacts } from '../ladder/desk-facts.js';
import { caseLimitationDate, LIMITATION_WARN_DAYS } from '../limitation/case-limitation-date.js';
import { enforcementStep } from '../ladder/enforcement-step.js';
import { caseLadder } from '../ladder/infer-ladder.js';
import { DEFAULT_LADDERS, type LadderConfig } from '../ladder/ladder-config.js';
import type { CaseListRow } from '../store/read-cases.js';

/**
 * A row of the cases table and of the desk: the stored facts, what is owed, when limitation runs out, the
 * ladder stage, what is due and every party's deadline. Amounts as decimal text (it crosses the API as JSON).
 */
export interface CaseSummary extends CaseListRow, CaseStage, MoneyJson<DeskFacts> {
  /** The money debt still owed: the contract's principal, or under a judgment in force the sum it awards. */
  outstanding: string | null;
  /** What the debtor owes in all, under the contract or the judgment as `owedUnder` says. */
  total: string | null;
  /**
   * `judgment`: the case's judgment is in force, so the figures are what it orders paid (the sums awarded less
   * payments under it, its costs and the doubled interest for late performance, 民事诉讼法 第264条), not the
   * contract's principal and late charges. Null when the case could not be calculated.
   */
  owedUnder: 'contract' | 'judgment' | null;
  /**
   * The case's one limitation date (caseLimitationDate): the earliest among the parties still liable, a
   * guarantor released by a lapsed guarantee left out; for a judgment in force, the last day to apply for
   * enforcement.
   */
  limitationExpiresOn: string | null;
  /** `enforcement`: the date is the last day to apply for enforcement (民事诉讼法 第250条), not limitation. */
  limitationKind: 'limitation' | 'enforcement' | null;
  limitationWarning: boolean;
  /** Whose date it is, when it is not the debtor's: a guarantor still liable whose date comes first. */
  limitationParty: { name: string; role: 'guarantor' } | null;
  /** Why the figures are missing, when the case could not be calculated: English, for the CLI and logs; the app words its own. */
  problem: string | null;
  /** The figures are still being calculated: ask again shortly. */
  pending: boolean;
}

/** Everything one summary depends on: plain data, so that it can be calculated in a worker thread. */
export interface SummaryInput {
  row: CaseListRow;
  document: string;
  stored: CaseLadderRow | undefined;
  asOf: string;
  /** The ladders of `casepack due --ladders`; default DEFAULT_LADDERS. */
  ladders?: LadderConfig;
}

/** Calculates one case's row of the cases table. */
export function summarise({ row, document, stored, asOf, ladders = DEFAULT_LADDERS }: SummaryInput): CaseSummary {
  const { data, issues } = caseIssues(JSON.parse(document));
  if (!data)
    return unavailable(row, `case ${row.id} no longer validates: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  try {
    const calc = calculateCase(data, asOf);
    const onLadder = stageOf(data, stored, nothingOwed(calc), ladders);
    const enforcement = enforcementStep(data, onLadder.ladder, asOf);
    const stage = enforcement?.stage ?? onLadder;
    const facts = deskFacts(data, calc, stage, asOf, enforcement?.deadline);
    // Object.assign rather than spreads: V8 built new hidden classes for every row spread and then extended.
    const column = limitationColumn(calc.limitation, asOf, enforcement?.deadline ?? null);
    return Object.assign({}, row, stage, facts, column, {
      brokenPromises: facts.brokenPromises.map((p) => ({ ...p, amount: formatCents(p.amount), paid: formatCents(p.paid) })),
      ...owedFigures(calc),
      problem: null,
      pending: false,
    });
  } catch (error) {
    if (!(error instanceof CasePackError)) throw error;
    return { ...unavailable(row, error.message), ...stageOf(data, stored, false, ladders), creditor: data.creditor.name };
  }
}

/** The cases list's limitation column: the enforcement deadline of a judgment in force, else caseLimitationDate. */
function limitationColumn(
  limitation: CaseCalculation['limitation'],
  asOf: string,
  enforcement: Deadline | null,
): Pick<CaseSummary, 'limitationExpiresOn' | 'limitationKind' | 'limitationWarning' | 'limitationParty'> {
  if (enforcement)
    return {
      limitationExpiresOn: enforcement.expiresOn,
      limitationKind: 'enforcement',
      limitationWarning: enforcement.daysLeft < LIMITATION_WARN_DAYS,
      limitationParty: null,
    };
  const date = caseLimitationDate(limitation, asOf);
  return {
    limitationExpiresOn: date?.expiresOn ?? null,
    limitationKind: date ? 'limitation' : null,
    limitationWarning: date?.warning ?? false,
    limitationParty: date?.role === 'guarantor' ? { name: date.name, role: date.role } : null,
  };
}

/** What is owed: under the judgment once it is in force (calculateCase's underJudgment), else the contract's figures. */
function owedFigures(calc: CaseCalculation): Pick<CaseSummary, 'outstanding' | 'total' | 'owedUnder'> {
  const judgment = calc.underJudgment;
  if (judgment) return { outstanding: formatCents(judgment.unpaid), total: formatCents(judgment.total), owedUnder: 'judgment' };
  return { outstanding: formatCents(calc.outstanding), total: formatCents(calc.total), owedUnder: 'contract' };
}

/** On the ladder `casepack due` stored for the case, or the one inferLadder picks (caseLadder). */
function stageOf(data: CaseFile, stored: CaseLadderRow | undefined, settled: boolean, ladders: LadderConfig): CaseStage {
  const ladder = caseLadder(data, stored?.ladder);
  return caseStage(data, ladder, ladders[ladder], settled, stored);
}

/**
 * A row without figures: `problem` says why, or `pending` says they are on their way. Every field is written
 * out: spreading the row and adding twenty fields made V8 build new hidden classes for each row, a second
 * for the 10,000 rows of a first `desk/list`.
 */
export function unavailable(row: CaseListRow, problem: string | null): CaseSummary {
  return {
    id: row.id,
    title: row.title,
    locale: row.locale,
    currency: row.currency,
    contractNumber: row.contractNumber,
    updatedAt: row.updatedAt,
    debtor: row.debtor,
    ladder: '',
    stage: null,
    stageOn: null,
    stageTitle: null,
    nextStep: null,
    nextStepTitle: null,
    nextDueOn: null,
    outstanding: null,
    total: null,
    owedUnder: null,
    limitationExpiresOn: null,
    limitationKind: null,
    limitationWarning: false,
    limitationParty: null,
    creditor: '',
    group: '',
    due: false,
    daysOverdue: null,
    dueBy: null,
    deadlines: [],
    brokenPromises: [],
    problem,
    pending: problem === null,
  };
}
