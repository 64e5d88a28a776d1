import { readFile } from 'node:fs/promises';
import { jsonSyntaxError } from '../case/json-syntax-error.js';
import { UnreadableFileError } from '../util/read-failure.js';
import { z } from 'zod';
import { identifier } from '../case/fields.js';
import { FileError } from '../errors.js';

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
