import type { IsoDate } from '../dates/calendar-date.js';

export type Severity = 'error' | 'warning' | 'info';

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
  /** A credit-card debt: what is owed and the dates of effective demands (for 刑法 第196条). */
  creditCard?: { outstanding: string; demandDates: IsoDate[] };
  /** The highest lawful annual rate as a fraction (4 × the 1-year LPR for private loans, "0.12"). */
  annualRateCap?: string;
}

/** A word-level rule: patterns in Chinese and English, why they are not allowed, and where that is written. */
export interface WordingRule {
  id: string;
  severity: Severity;
  patterns: readonly RegExp[];
  why: string;
  source: string;
  /** The rule does not apply in this context (e.g. 刑法 第196条 when its conditions are met). */
  exempt?: (context: WordingContext, words: string) => boolean;
  /** A different severity in this context (e.g. reservation words are errors only in an acknowledgment). */
  severityIn?: (context: WordingContext) => Severity;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The words found; empty for a finding about the letter as a whole. */
  words: string;
  /** Offset in the text, and its 1-based line and column. */
  index: number;
  line: number;
  column: number;
  why: string;
  source: string;
}

/** A user's decision to export despite an error finding: recorded with the letter. */
export interface Override {
  ruleId: string;
  reason: string;
  by?: string;
  at?: string;
}
