import { readFile } from 'node:fs/promises';
import { jsonSyntaxError } from '../case/json-syntax-error.js';
import { UnreadableFileError } from '../util/read-failure.js';
import { z } from 'zod';
import { identifier } from '../case/fields.js';
import { FileError } from '../errors.js';
import type { LOCALES } from '../case/schema.js';

type Locale = (typeof LOCALES)[number];

/** One rung: what is done, with which letter template (none for a call or SMS, or for the suit), after how long. */
export const ladderStepShape = z.strictObject({
  /** Recorded as `step` on the case event that took it. */
  id: identifier,
  title: z.string().trim().min(1),
  /** A template id (`demand-letter`) that `casepack letters` generates; null when the step is not a letter. */
  template: identifier.nullable(),
  /** Days after the previous step was taken (for the first step: after the oldest unpaid claim fell due). */
  waitDays: z.number().int().min(0).max(3650),
});

export type LadderStep = z.output<typeof ladderStepShape>;

/** Ladders by case type; a config file may replace any of them or add new types. */
export const ladderConfigShape = z.record(identifier, z.array(ladderStepShape).min(1));
export type LadderConfig = z.output<typeof ladderConfigShape>;

const cardLadder: LadderStep[] = [
  { id: 'reminder', title: '还款提醒', template: null, waitDays: 0 },
  { id: 'demand-letter', title: '催款函', template: 'demand-letter', waitDays: 7 },
  { id: 'lawyer-letter', title: '律师函', template: 'lawyer-letter', waitDays: 15 },
  { id: 'suit', title: '起诉', template: null, waitDays: 20 },
];

/**
 * English law: a reminder, then the Letter before claim; the debtor has 30 days from the date of the letter to
 * pay or return the Reply Form (Pre-Action Protocol for Debt Claims, para 4 and Annex 1, Information Sheet), so
 * the claim (N1 or Money Claim Online) falls due 30 days after the letter was posted (it is dated that day).
 */
const enGbLadder: LadderStep[] = [
  { id: 'reminder', title: 'Reminder', template: null, waitDays: 0 },
  { id: 'letter-before-claim', title: 'Letter before claim', template: 'letter-before-claim', waitDays: 7 },
  { id: 'suit', title: 'Claim (N1 / Money Claim Online)', template: null, waitDays: 30 },
];

/**
 * English law, a company debtor (outside the Debt Protocol, template-fit.ts): the 14-day letter of claim of the
 * Practice Direction – Pre-Action Conduct (para 6(b): 14 days to respond in a straightforward case), then the claim.
 */
const enGbBusinessLadder: LadderStep[] = [
  { id: 'reminder', title: 'Reminder', template: null, waitDays: 0 },
  { id: 'letter-of-claim', title: 'Letter of claim', template: 'letter-of-claim', waitDays: 7 },
  { id: 'suit', title: 'Claim (N1 / Money Claim Online)', template: null, waitDays: 14 },
];

/**
 * US consumer debts: a reminder, then the demand letter carrying the validation notice (Reg F, 12 CFR
 * 1006.34); suit waits for the validation period to end: 30 days after the consumer is assumed to receive the
 * notice, which is at least 5 days after it was sent, weekends and federal holidays excluded (1006.34(b)(5)).
 * Five weekdays after a weekday posting are seven calendar days, hence 37; a holiday within them is not counted.
 */
const enUsLadder: LadderStep[] = [
  { id: 'reminder', title: 'Reminder', template: null, waitDays: 0 },
  { id: 'validation-notice', title: 'Demand letter (validation notice)', template: 'demand-letter', waitDays: 7 },
  { id: 'suit', title: 'Suit', template: null, waitDays: 37 },
];

/**
 * The firm's usual practice (docs/ladder.md): card debts and B2B invoices go reminder → 催款函 → 律师函 after
 * 15 days → suit 20 days later; property fees go 温馨提示 → 催收通知书 after 90 days → 催收函 → suit 30 days later.
 */
export const DEFAULT_LADDERS: LadderConfig = {
  'card-debt': cardLadder,
  'b2b-invoice': cardLadder,
  'property-fee': [
    { id: 'reminder', title: '温馨提示', template: null, waitDays: 0 },
    { id: 'property-fee-notice', title: '催收通知书', template: 'property-fee-notice', waitDays: 90 },
    { id: 'demand-letter', title: '催收函', template: 'demand-letter', waitDays: 30 },
    // 民法典 第944条 第2款: once the reasonable period a 催告 gives has passed unpaid, the manager may sue.
    { id: 'suit', title: '起诉', template: null, waitDays: 30 },
  ],
  'en-gb-debt': enGbLadder,
  'en-gb-business': enGbBusinessLadder,
  'en-us-debt': enUsLadder,
};

/**
 * The default ladders of each jurisdiction that has its own, by the debtor's kind; every other default ladder
 * is for Chinese law.
 */
export const LOCALE_LADDERS: Readonly<Partial<Record<Locale, { person: string; company: string }>>> = {
  'en-GB': { person: 'en-gb-debt', company: 'en-gb-business' },
  'en-US': { person: 'en-us-debt', company: 'en-us-debt' },
};

/** The default ladders with those of `file` (JSON, `{ "card-debt": [steps…] }`) put over them. */
export async function readLadderConfig(file?: string): Promise<LadderConfig> {
  if (file === undefined) return DEFAULT_LADDERS;
  let raw: unknown;
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UnreadableFileError(file, error, 'the ladder config');
  }
  try {
    raw = JSON.parse(text);
  } catch {
    throw new FileError(file, `the ladder config is not valid JSON (${jsonSyntaxError(text)})`);
  }
  const parsed = ladderConfigShape.safeParse(raw);
  if (!parsed.success)
    throw new FileError(
      file,
      `not a ladder config (docs/ladder.md): ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  for (const [name, steps] of Object.entries(parsed.data)) {
    const ids = steps.map((s) => s.id);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice) throw new FileError(file, `${name}: step "${twice}" is listed twice; each step id must be unique in its ladder`);
  }
  return { ...DEFAULT_LADDERS, ...parsed.data };
}

export function ladderSteps(config: LadderConfig, ladder: string): LadderStep[] {
  const steps = config[ladder];
  if (!steps) throw new FileError('ladder config', `no ladder "${ladder}" (known: ${Object.keys(config).join(', ')})`);
  return steps;
}
