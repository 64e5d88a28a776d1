import { z } from 'zod';
import {
  amount,
  currencyCode,
  decimalRate,
  flag,
  identifier,
  indexInto,
  isoDate,
  oneOf,
  relativeFile,
  sha256Digest,
  text,
} from './fields.js';

/**
 * The case file, version 1: the contract that other tools and tests rely on (docs/case-format.md).
 * Field names here are public: add fields freely, never rename or remove one.
 */
export const LOCALES = ['zh-CN', 'en-GB', 'en-US'] as const;
export const EVENT_KINDS = [
  'demand-delivered',
  'demand-sent',
  'acknowledged',
  'payment',
  'suit-filed',
  'note',
  // The collection log: each contact with the debtor (docs/case-format.md, "events").
  'call',
  'sms',
  'visit',
  'letter',
  'promise-to-pay',
  // Limitation (docs/calculations.md): a demand by public notice (诉讼时效规定 第8条 第1款 第4项) and an obstacle
  // that suspends limitation in its last six months (民法典 第194条).
  'public-notice',
  'suspension',
] as const;
/** 民法典 第194条 第1款 第1–5项, in that order. */
export const SUSPENSION_CAUSES = ['force-majeure', 'no-guardian', 'succession', 'controlled', 'other'] as const;
export const MAILING_STATUSES = ['in-transit', 'delivered', 'refused', 'returned'] as const;
/** How a contact of the collection log went (docs/case-format.md, "events"). */
export const CONTACT_OUTCOMES = [
  'reached',
  'no-answer',
  'left-message',
  'promised',
  'refused-to-pay',
  'disputed',
  'wrong-contact',
] as const;

const partyFields = {
  name: text('a name'),
  kind: oneOf(['person', 'company']),
  idNumber: text('an ID card number or 统一社会信用代码').optional(),
  address: text('an address').optional(),
  phone: text('a phone number').optional(),
  representative: text('the legal representative').optional(),
  /** The legal representative's title (职务), which a complaint states (民事诉讼法 第124条). */
  representativeTitle: text("the legal representative's title").optional(),
};

export const party = z.strictObject(partyFields);

export const guarantee = z.strictObject({
  kind: oneOf(['joint', 'general']),
  /** Guarantee period in months when the contract agrees one; 6 months otherwise (民法典 第692条). */
  months: z.number({ error: 'expected a number of months' }).int().min(1).max(600).optional(),
  /** What the guarantee covers as the contract words it; without it, 民法典 第691条: principal, interest, 违约金, damages and costs. */
  scope: text('the scope of the guarantee').optional(),
  /**
   * The most the guarantor owes when the contract caps the guarantee at a sum (a capped 保证范围, or the ceiling of a
   * 最高额保证): 民法典 第691条, 第690条. What letters and the complaint ask of the guarantor is at most this.
   */
  maxAmount: amount.optional(),
  /**
   * `maximum-amount`: a 最高额保证 (民法典 第690条) over the debts arising within `period` (both days counted), up to
   * `maxAmount`, the 最高债权额 (担保制度解释 第15条: interest, 违约金 and costs included). Default `ordinary`: the
   * guarantee of the debts of the case, within the scope agreed (第691条) and capped by `maxAmount` where agreed.
   */
  type: oneOf(['ordinary', 'maximum-amount']).optional(),
  period: z.strictObject({ from: isoDate, to: isoDate }).optional(),
});

export const debtor = z.strictObject({
  ...partyFields,
  role: oneOf(['debtor', 'guarantor']),
  guarantee: guarantee.optional(),
});

export const agent = z.strictObject({
  ...partyFields,
  firm: text('the law firm').optional(),
  lawyer: text("the lawyer's name").optional(),
  licenseNo: text("the lawyer's licence number").optional(),
});

export const contract = z.strictObject({
  title: text('the contract title'),
  number: text('the contract number').optional(),
  signedOn: isoDate.optional(),
});

export const claim = z.strictObject({
  id: identifier,
  description: text('what the claim is for'),
  amount,
  dueDate: isoDate,
  /** The day the debt arose (delivery, invoice, loan): a 最高额保证 covers the debts arising in its period; default `dueDate`. */
  arisenOn: isoDate.optional(),
  /** Instalments of one debt share this id: their limitation runs from the last instalment's due date (民法典 第189条). */
  instalmentOf: identifier.optional(),
  /**
   * Claims sharing this id are parts of one debt (a running account under one contract): a demand, acknowledgment,
   * payment or suit on one part interrupts limitation for all of them (诉讼时效规定 第9条). Without it, each claim is
   * a debt of its own.
   */
  debtGroup: identifier.optional(),
});

export const payment = z.strictObject({
  date: isoDate,
  amount,
  /** The claim this payment was appropriated to; without it, 民法典 第560条 (PRC) or oldest first (English, US law) decides. */
  claim: identifier.optional(),
  /** Who appropriated it to `claim`: the debtor (default) or, in English law only, the creditor when the debtor did not. */
  appropriatedBy: oneOf(['debtor', 'creditor']).optional(),
  note: text().optional(),
});

const basis = z.union([z.literal(365), z.literal(360)], { error: 'expected 365 or 360' });

/**
 * What an agreed late charge is in law, which decides how letters name it, what they cite and which cap warns:
 * `penalty` an agreed 逾期付款违约金 (民法典 第585条; the default, as every case before this field meant),
 * `interest` agreed interest on late payment (民法典 第509条), `loan-interest` a loan's 逾期利息 (民法典 第676条,
 * capped at 4 × LPR: 民间借贷规定 第25、28、29条).
 */
export const LATE_CHARGE_NATURES = ['penalty', 'interest', 'loan-interest'] as const;
const nature = oneOf(LATE_CHARGE_NATURES).optional();

export const lateCharge = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({ kind: z.literal('daily-rate'), rate: decimalRate, nature }),
    z.strictObject({ kind: z.literal('annual-rate'), rate: decimalRate, basis, nature }),
    z.strictObject({
      kind: z.literal('lpr'),
      multiplier: decimalRate,
      basis,
      mode: oneOf(['floating', 'fixed']),
      fixedOn: isoDate.optional(),
      nature,
    }),
    // 买卖合同解释 第18条 第4款: no agreed charge; the loss at the 1-year LPR on each claim's breach date plus 30–50 %.
    z.strictObject({ kind: z.literal('overdue-loss'), markup: decimalRate, basis }),
    z.strictObject({ kind: z.literal('uk-statutory') }),
  ],
  { error: 'expected kind none|daily-rate|annual-rate|lpr|overdue-loss|uk-statutory' },
);

/**
 * How payments are applied within one debt. 民法典 第561条 puts 利息 before the principal; whether an agreed 违约金
 * counts as 利息 there is disputed between courts, so the case says which view it follows (default: it does).
 */
export const allocation = z.strictObject({
  penaltyAsInterest: flag.optional(),
});

/** What the debtor promised on a `promise-to-pay` event: the sum and the day it is to be paid by. */
export const promise = z.strictObject({
  amount,
  dueOn: isoDate,
});

export const event = z.strictObject({
  date: isoDate,
  kind: oneOf(EVENT_KINDS),
  party: indexInto('debtors').optional(),
  evidence: identifier.optional(),
  mailing: identifier.optional(),
  note: text().optional(),
  /** Who made the contact or recorded the event (a collector's or lawyer's name). */
  by: text('who made the contact').optional(),
  /** For a contact (`call`, `sms`, `visit`, `letter`, `promise-to-pay`): how it went. */
  outcome: oneOf(CONTACT_OUTCOMES).optional(),
  /** For `promise-to-pay`: what was promised; a promise not kept by its day is flagged by `casepack due`. */
  promise: promise.optional(),
  /** The escalation-ladder step this event took (`reminder`, `demand-letter` …; docs/ladder.md). */
  step: identifier.optional(),
  /** The claim the event concerns; without it, every claim. It reaches the whole debt of that claim (诉讼时效规定 第9条). */
  claim: identifier.optional(),
  /**
   * For `acknowledged` and `demand-delivered` (a demand the debtor signed): whether the debtor's words show it agrees
   * to perform. Only true revives a debt whose limitation has run (诉讼时效规定 第19条); false means it does not
   * even interrupt (民法典 第195条 第2项). Missing: not recorded (docs/case-format.md).
   */
  agreesToPerform: flag.optional(),
  /** For `suspension`: the obstacle (民法典 第194条 第1款) and the day it ended; no `endsOn` while it lasts. */
  cause: oneOf(SUSPENSION_CAUSES).optional(),
  endsOn: isoDate.optional(),
});

export const evidence = z.strictObject({
  id: identifier,
  title: text('the title of the evidence'),
  file: relativeFile,
  source: text('where the evidence comes from').optional(),
  purpose: text('what it proves (证明目的)'),
  original: flag,
  date: isoDate.optional(),
});

export const mailing = z.strictObject({
  id: identifier,
  /** A template id (`demand-letter`) or the path of a file that was mailed. */
  document: text('a template id or a file'),
  /** The exact PDF that was mailed (诉讼时效规定 第8条: the content of what arrived), and its SHA-256 when mailed. */
  letter: relativeFile.optional(),
  letterSha256: sha256Digest.optional(),
  /** The letter log of a generated letter: its template's version (the first 12 hex digits of its files' SHA-256), 函号 and sender. */
  templateVersion: z
    .string()
    .regex(/^[0-9a-f]{12}$/, { error: 'expected 12 hex digits' })
    .optional(),
  letterNo: text('the letter number').optional(),
  sender: text('the sender').optional(),
  carrier: text('the carrier, such as EMS'),
  trackingNo: text('the tracking number'),
  sentOn: isoDate,
  to: indexInto('debtors'),
  address: text('the address it was sent to'),
  status: oneOf(MAILING_STATUSES),
  deliveredOn: isoDate.optional(),
  /** The address was agreed in the contract or is the registered one: a return from it still counts (诉讼时效规定 第8条). */
  agreedAddress: flag.optional(),
  waybill: relativeFile.optional(),
  tracking: relativeFile.optional(),
});

/** The element-style complaints (要素式起诉状) CasePack writes: one per case type. */
export const FILING_CASE_TYPES = ['sale-of-goods', 'financial-loan', 'credit-card', 'property-service', 'private-loan'] as const;
/** Why the chosen court has jurisdiction: agreed (民事诉讼法 第35条), defendant's domicile (第22条), place of performance (第24条). */
export const COURT_BASES = ['agreed', 'defendant-domicile', 'place-of-performance'] as const;

/** 代理权限 (民事诉讼法 第62条): only a special authority lets the agent admit, waive or change claims, settle, counterclaim or appeal. */
export const AGENT_AUTHORITIES = ['general', 'special'] as const;
/** The security a preservation applicant offers: a cash deposit, a guarantor's letter, an insurer's letter, property. */
export const PRESERVATION_SECURITIES = ['cash', 'guarantee', 'insurer', 'property'] as const;

/** A 财产保全 the creditor applies for: before suit (民事诉讼法 第104条) or during it (第103条). */
export const preservation = z.strictObject({
  stage: oneOf(['before-suit', 'in-suit']),
  /** The value to preserve; at most what is claimed (第105条). Without it, what the suit claims. */
  amount: amount.optional(),
  /** What the creditor knows of the debtor's property: accounts, real estate, vehicles, receivables. */
  property: z.array(text('a property clue'), { error: 'expected a list of property clues' }).default([]),
  security: oneOf(PRESERVATION_SECURITIES),
  /** Who gives the security, and for how much: the insurer and its letter, the guarantor, the property. */
  securityNote: text('who gives the security').optional(),
});

/** A payment made under a judgment once it took effect. */
const judgmentPayment = z.strictObject({ date: isoDate, amount });

/** The judgment (调解书, 仲裁裁决, 支付令) a creditor holds against the debtor: what an enforcement application rests on. */
export const judgment = z.strictObject({
  kind: oneOf(['judgment', 'mediation', 'award', 'payment-order']),
  /** The court or arbitration body that made it. */
  court: text('the court that made the judgment'),
  caseNumber: text('the case number, such as （2026）沪0115民初1234号'),
  effectiveOn: isoDate,
  /** The last day of the performance period it sets (民事诉讼法 第250条 counts from it). */
  performanceLastDay: isoDate.optional(),
  /** The money the debtor must pay under it, without interest that keeps running. */
  amount,
  /** Court fees it makes the debtor bear (案件受理费 …). */
  costs: amount.optional(),
  payments: z.array(judgmentPayment, { error: 'expected a list of payments' }).default([]),
});

/**
 * What a filing needs beyond the debt: the court the user chose and how the plaintiff takes service, what only
 * the creditor can confirm for a 支付令, the preservation asked for. Each is optional here; the template that needs
 * one names it when it is missing (its requiredFields), so a case can hold some facts before the court is chosen.
 */
export const filing = z.strictObject({
  caseType: oneOf(FILING_CASE_TYPES).optional(),
  /** The court chosen: a PRC court's full name, or for an en-GB case the County Court hearing centre (without it, the County Court Money Claims Centre). */
  court: text('the court the case is filed with').optional(),
  courtBasis: oneOf(COURT_BASES).optional(),
  /** The clause that agrees the court or arbitration, as the contract words it. */
  jurisdictionClause: text('the jurisdiction clause').optional(),
  /** Where the court may serve the plaintiff (送达地址). */
  serviceAddress: text('the address for service').optional(),
  /** Consent to electronic service, and the phone or e-mail to use. */
  electronicService: text('the phone number or e-mail for electronic service').optional(),
  /** Costs of enforcing the claim that the contract makes the debtor bear (律师费 …), claimed as a separate item. */
  enforcementCosts: amount.optional(),
  /** Whether property was preserved before suit (诉前保全), and by which court's ruling. */
  preservedBeforeSuit: text('the ruling that preserved property before suit').optional(),
  /** What only the creditor can confirm for a 支付令 (民事诉讼法 第225条, 民诉解释 第427条). */
  paymentOrder: z
    .strictObject({
      /** The creditor owes the debtor nothing in return (对待给付义务). */
      noCounterPerformance: flag,
      /** Creditor and debtor have no other debt dispute between them. */
      noOtherDispute: flag,
      /** The debtor is in China and its whereabouts are known (民诉解释 第427条 第1款 第4项); only the creditor can say. */
      debtorInChina: flag.optional(),
    })
    .optional(),
  agentAuthority: oneOf(AGENT_AUTHORITIES).optional(),
  preservation: preservation.optional(),
  judgment: judgment.optional(),
});

export const caseFileShape = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1, { error: 'expected 1 (this CasePack reads version 1 case files)' }),
  locale: oneOf(LOCALES),
  title: text('a title'),
  currency: currencyCode,
  creditor: party,
  debtors: z.array(debtor, { error: 'expected a list of debtors' }).min(1, { error: 'expected at least one debtor' }),
  agent: agent.optional(),
  contract: contract.optional(),
  claims: z.array(claim, { error: 'expected a list of claims' }).min(1, { error: 'expected at least one claim' }),
  payments: z.array(payment, { error: 'expected a list of payments' }).default([]),
  lateCharge: lateCharge.default({ kind: 'none' }),
  allocation: allocation.optional(),
  events: z.array(event, { error: 'expected a list of events' }).default([]),
  evidence: z.array(evidence, { error: 'expected a list of evidence' }).default([]),
  mailings: z.array(mailing, { error: 'expected a list of mailings' }).default([]),
  filing: filing.optional(),
});

export type CaseFile = z.output<typeof caseFileShape>;
export type CaseFileInput = z.input<typeof caseFileShape>;
export type Party = z.output<typeof party>;
export type Debtor = z.output<typeof debtor>;
export type Claim = z.output<typeof claim>;
export type Payment = z.output<typeof payment>;
export type LateCharge = z.output<typeof lateCharge>;
export type LateChargeNature = (typeof LATE_CHARGE_NATURES)[number];
export type CaseEvent = z.output<typeof event>;
export type PaymentPromise = z.output<typeof promise>;
export type Evidence = z.output<typeof evidence>;
export type Mailing = z.output<typeof mailing>;
export type Filing = z.output<typeof filing>;
export type Preservation = z.output<typeof preservation>;
export type Judgment = z.output<typeof judgment>;
