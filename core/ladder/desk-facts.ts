import { nothingOwed, type CaseCalculation } from '../calc/calculate-case.js';
import type { CaseFile } from '../case/schema.js';
import { daysBetween, type IsoDate } from '../dates/calendar-date.js';
import { partyLimitationDate } from '../limitation/case-limitation-date.js';
import type { RuleCode } from '../limitation/rules.js';
import { brokenPromises, type BrokenPromise } from './broken-promises.js';
import { isDue, type CaseStage } from './case-stage.js';

/** Where a case sits on the desk besides a step of its ladder: suit filed, nothing owed, or every step taken. */
export const DESK_GROUPS = { enforcement: 'enforcement', settled: 'settled', ladderDone: 'ladder-done' } as const;

/** The rules whose date is the end of a guarantee period (民法典 第692、693条) rather than limitation. */
const GUARANTEE_RULES: ReadonlySet<RuleCode> = new Set([
  'prc-guarantee-demand-by',
  'prc-guarantee-sue-by',
  'prc-guarantee-lapsed-joint',
  'prc-guarantee-lapsed-general',
]);

/** A party's last day to act: limitation, or for a guarantor the end of the guarantee period. */
export interface Deadline {
  party: number;
  name: string;
  role: 'debtor' | 'guarantor';
  /** `enforcement`: the last day to apply for enforcement of a judgment (民事诉讼法 第250条). */
  kind: 'limitation' | 'guarantee' | 'enforcement';
  rule: RuleCode | 'enforcement-two-years';
  expiresOn: IsoDate;
  /** Negative once past. */
  daysLeft: number;
}

/** What the desk shows of a case beyond the cases table: as data, worded by the app and the CLI. */
export interface DeskFacts {
  creditor: string;
  /** The next step's id, or one of DESK_GROUPS. */
  group: string;
  /** The next step can be taken now: its day has come. */
  due: boolean;
  /**
   * Days since the next step fell due (0 on the day); for a step with a last day (`dueBy`), days since that
   * day passed, null until then.
   */
  daysOverdue: number | null;
  /**
   * The last day the next step can be taken, where the law sets one: applying for enforcement is open from the
   * day after the performance period until the end of 民事诉讼法 第250条's two years, not late once it opens.
   */
  dueBy: { date: IsoDate; daysLeft: number } | null;
  /** Every party's deadline, soonest first. */
  deadlines: Deadline[];
  brokenPromises: BrokenPromise[];
}

/**
 * `enforcement`: the case's judgment is in force and not performed (enforcementStep); its deadline then is the
 * only one shown, since the limitation of the debt it decided no longer runs.
 */
export function deskFacts(
  data: CaseFile,
  calc: CaseCalculation,
  stage: CaseStage,
  asOf: IsoDate,
  enforcement: Deadline | null = null,
): DeskFacts {
  const due = isDue(stage, asOf);
  const dueBy = enforcement && { date: enforcement.expiresOn, daysLeft: enforcement.daysLeft };
  return {
    creditor: data.creditor.name,
    group: enforcement ? DESK_GROUPS.enforcement : deskGroup(stage, nothingOwed(calc)),
    due,
    daysOverdue: dueBy ? (dueBy.daysLeft < 0 ? -dueBy.daysLeft : null) : due ? daysBetween(stage.nextDueOn!, asOf) : null,
    dueBy,
    deadlines: enforcement ? [enforcement] : limitationDeadlines(calc, asOf),
    brokenPromises: brokenPromises(data, asOf),
  };
}

/** Each party's date that still matters (a guarantor released by a lapsed guarantee has none), soonest first. */
function limitationDeadlines(calc: CaseCalculation, asOf: IsoDate): Deadline[] {
  return calc.limitation
    .flatMap((entry): Deadline[] => {
      const l = partyLimitationDate(entry, asOf);
      if (!l) return [];
      const kind = GUARANTEE_RULES.has(l.rule) ? 'guarantee' : 'limitation';
      const { party, name, role, rule, expiresOn } = l;
      return [{ party, name, role, kind, rule, expiresOn, daysLeft: daysBetween(asOf, expiresOn) }];
    })
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

function deskGroup(stage: CaseStage, settled: boolean): string {
  if (settled) return DESK_GROUPS.settled;
  if (stage.stage === 'suit-filed') return DESK_GROUPS.enforcement;
  return stage.nextStep ?? DESK_GROUPS.ladderDone;
}

/** A deadline the desk marks: within `windowDays` of the as-of date, or already past. */
export const withinWindow = (deadline: Pick<Deadline, 'daysLeft'>, windowDays: number): boolean =>
  deadline.daysLeft <= windowDays;
