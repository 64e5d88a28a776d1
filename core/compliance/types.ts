import type { IsoDate } from '../dates/calendar-date.js';
import type { Concept } from './concepts.js';

export type Severity = 'error' | 'warning' | 'info';

/** What a finding is about: the kinds of conduct a collection letter may not use (docs/compliance.md). */
export const CATEGORIES = [
  'threat',
  'harassment',
  'disclosure',
  'shaming',
  'insult',
  'false-legal-claim',
  'criminal-accusation',
  'service-cut',
  'unlawful-fee',
  'personal-account',
  'document',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What the guard knows about the letter beyond its words; every field is optional (a bare lint knows none). */
export interface WordingContext {
  locale?: 'zh-CN' | 'en-GB' | 'en-US';
  /** The template id: `debt-acknowledgment`, `repayment-agreement` … */
  documentKind?: string;
  debtKind?: string;
  /** The creditor is a natural person: a personal account is then the creditor's own. */
  creditorIsPerson?: boolean;
  addresseeRole?: 'debtor' | 'guarantor';
  /** The addressee is a guarantor whose guarantee period ended without the creditor acting (民法典 第693条). */
  guaranteeLapsed?: boolean;
  /** The limitation period has run out for the addressee's debt (民法典 第192条; Limitation Act 1980 s.5). */
  timeBarred?: boolean;
  /** A consumer debt collected in the US: Reg F (12 CFR part 1006) applies. */
  consumerRegF?: boolean;
  /** Steps of the case that have happened: a claim that one happened is then true. */
  proceedings?: { suitFiled?: boolean; judgment?: boolean };
  /**
   * A credit-card debt: the unpaid principal (刑法 第196条 counts principal only, 2018 解释 第9条) and the
   * dates of effective demands.
   */
  creditCard?: { principal: string; demandDates: IsoDate[] };
  /** The date the letter is checked for (the letter's date). */
  asOf?: IsoDate;
  /** The highest lawful annual rate as a fraction (4 × the 1-year LPR for private loans, "0.12"). */
  annualRateCap?: string;
}

/**
 * A rule of a category: concepts that must all be found in one sentence (the first is the act, where the
 * finding points and whose negation clears it), optional ones of which one must be found, and lawful
 * conditions that clear the sentence.
 */
export interface CategoryRule {
  id: string;
  category: Category;
  severity: Severity;
  all: readonly Concept[];
  any?: readonly Concept[];
  /** One of `any` must come after the act: the person acted on, not the one acting (通知你父母, not 你父母打电话). */
  actFirst?: boolean;
  /** Words that make the statement lawful (a suit "will be filed", 失信 after a judgment is not performed). */
  unless?: readonly RegExp[];
  /** Lawful conditions that hold only with the case's facts (保全 once a suit is filed). */
  unlessIn?: (context: WordingContext) => readonly RegExp[];
  /** `unless` is read only up to the end of the act's clause: 已被查封，随时可能拍卖 is not made lawful by 可能. */
  unlessBeforeAct?: boolean;
  /** Lawful conditions read in the whole sentence even with `unlessBeforeAct` (a judgment stated as in force). */
  lawfulAnywhere?: readonly RegExp[];
  /** Whether a negation before the act clears it (not for 别想离开, where the negation is the threat). */
  negatable?: boolean;
  /** Where the rule is written; statutes checked against /work/shared/law (docs/compliance.md). */
  source: string;
  /** The rule does not apply in this context (e.g. 刑法 第196条 when its conditions are met). */
  exempt?: (context: WordingContext) => boolean;
  /** A different severity in this context (e.g. a personal account is the creditor's own). */
  severityIn?: (context: WordingContext) => Severity;
}

/** Numbers or words a reason is rendered with (a rate, a cap, a date). */
export type FindingParams = Record<string, string>;

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** The words found; empty for a finding about the letter as a whole. */
  words: string;
  /** Offset in the text, and its 1-based line and column. */
  index: number;
  line: number;
  column: number;
  /** The sentence the words are in, and its offset: the app shows the finding there. */
  sentence: { text: string; start: number };
  /** Where the rule is written (statute and article, or the law by name). */
  source: string;
  params?: FindingParams;
}

/** A user's decision to export despite an error finding: recorded with the letter. */
export interface Override {
  ruleId: string;
  reason: string;
  by?: string;
  at?: string;
}
