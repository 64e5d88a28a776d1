import type { CaseFile } from '../case/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { RuleCode } from './rules.js';

export type ActKind = 'demand' | 'acknowledgment' | 'promise' | 'payment' | 'suit' | 'suspension';
type MailingStatus = CaseFile['mailings'][number]['status'];
type EventKind = CaseFile['events'][number]['kind'];

/** Where the case records an act: the list, the position in it, and what a reader needs to find it. */
export type ActOrigin =
  | { list: 'events'; index: number; eventKind: EventKind }
  | { list: 'payments'; index: number; amount: string }
  | { list: 'mailings'; index: number; carrier: string; trackingNo: string; status: MailingStatus };

/** The act that decided a date, as reported: where it is recorded, its date and what it was in law. */
export type LimitationEvent = ActOrigin & { date: IsoDate; kind: ActKind };

/** Something that happened to a debt that may interrupt, suspend or restart a period. */
export interface Act {
  date: IsoDate;
  kind: ActKind;
  /** The debtor it concerns: a position in debtors. */
  party: number;
  /** The act as reported when it decides a date or a note names it: one object per act, whichever party it concerns. */
  event: LimitationEvent;
  /** The claims it was made on (a payment: the claims it was applied to); null: every claim. */
  claims: readonly string[] | null;
  /** An acknowledgment or a signed demand: whether the debtor agreed to perform (undefined: not recorded). */
  agreesToPerform?: boolean | undefined;
  /** A suspension: the day its cause ended; null while it lasts. */
  endsOn?: IsoDate | null;
  cause?: string | undefined;
}

/** A debt whose limitation runs as one: a claim, or the instalments sharing `instalmentOf` (民法典 第189条). */
export interface Debt {
  /** `debtGroup`, else `instalmentOf`, else the claim id: the acts on any claim with the same key reach all. */
  key: string;
  claims: string[];
}

/** A guarantee period for one debt (民法典 第692条) and whether it passed without the step that keeps it (第693条). */
export interface GuaranteeFact {
  kind: 'joint' | 'general';
  months: number;
  from: IsoDate;
  periodEnd: IsoDate;
  released: boolean;
  /** The step within the period that kept the guarantee (第693条): a demand on a joint guarantor, a suit on the debtor. */
  keptBy: LimitationEvent | null;
}

/** Why a sentence is added beside a date; rendered by wording.ts. */
export type LimitationNote =
  | { code: 'moved-past-holiday'; from: IsoDate; to: IsoDate }
  | { code: 'no-holiday-notice'; years: readonly number[] }
  | { code: 'too-late'; event: LimitationEvent; end: IsoDate }
  | { code: 'not-agreed'; event: LimitationEvent }
  | { code: 'no-revival'; event: LimitationEvent; end: IsoDate }
  | { code: 'promise-needs-proof' }
  | { code: 'after-guarantee-lapsed'; event: LimitationEvent; periodEnd: IsoDate }
  | { code: 'principal-earlier'; own: IsoDate | null; principal: IsoDate }
  | { code: 'maximum-guarantee-start'; settledOn: IsoDate; from: IsoDate }
  | { code: 'expired-defence'; on: IsoDate }
  | { code: 'twenty-year-cap'; cap: IsoDate }
  | { code: 'suspension-ongoing'; event: LimitationEvent }
  | { code: 'public-notice'; event: LimitationEvent }
  | { code: 'en-guarantor' }
  | { code: 'en-too-late'; event: LimitationEvent; end: IsoDate };

/** The result for one debt and one party, before it is reported per claim. */
export interface DebtLimitation {
  /** The last day to act; null while proceedings run or a suspension lasts. */
  expiresOn: IsoDate | null;
  rule: RuleCode;
  /** The act that set the date; null when the due date did. */
  event: LimitationEvent | null;
  /** The due date the period runs from. */
  start: IsoDate;
  guarantee?: GuaranteeFact;
  notes: LimitationNote[];
}

/** One claim's limitation for one party, as data; `describeLimitation` (report.ts) words it. */
export interface ClaimLimitation {
  claim: string;
  /** The debt it is part of: `debtGroup`, `instalmentOf` or its own id. */
  debt: string;
  /** The due date its period runs from; for instalments, the last instalment's (民法典 第189条). */
  start: IsoDate;
  /** One of the instalments of `debt`. */
  instalments: boolean;
  expiresOn: IsoDate | null;
  /** The period has run (the debtor may plead it; the court does not raise it, 民法典 第192、193条). */
  expired: boolean;
  /** A guarantor's guarantee for this claim has lapsed (民法典 第693条). */
  released: boolean;
  rule: RuleCode;
  article: string;
  event: LimitationEvent | null;
  guarantee?: GuaranteeFact;
  /** What else a reader must know about this date (besides the expiry defence, which `expired` tells). */
  notes: readonly LimitationNote[];
}

/** Limitation for one debtor: the earliest date among its outstanding claims, and why, as data. */
export interface LimitationEntry {
  party: number;
  name: string;
  role: 'debtor' | 'guarantor';
  /** The last day to act; null while proceedings run, or when no rule applies. */
  expiresOn: IsoDate | null;
  expired: boolean;
  /** `all-paid` when no claim is outstanding, `no-rules` when the case's law has none here. */
  rule: RuleCode;
  article: string;
  event: LimitationEvent | null;
  /** The claim whose date this is; null when none is outstanding. */
  claim: string | null;
  /** Outstanding claims, each with its own date. */
  claims: ClaimLimitation[];
  /** A guarantor whose guarantee has lapsed for every outstanding claim, and the last day of the latest period. */
  guaranteeLapsed: { periodEnd: IsoDate } | null;
  /** True when expiresOn is less than 90 days after the as-of date, or already past. */
  warning: boolean;
  daysLeft: number | null;
}

/** For English cases: when a posted letter is deemed served, and when the Protocol's reply period ends. */
export interface ServiceEntry {
  mailing: string;
  party: number;
  sentOn: IsoDate;
  deemedServed: IsoDate;
  replyBy: IsoDate;
}
