import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { formatJsonPath } from '../case/json-path.js';
import { caseFileShape, FILING_CASE_TYPES } from '../case/schema.js';
import { BatchFileError } from './errors.js';

/**
 * `--defaults CASE.json`: the facts every case of the batch shares — a case file without its per-row parts
 * (debtors and claims come from the rows; payments, events, evidence and mailings belong to one case).
 * `contract.title` names the contract each row's 合同编号 belongs to (else `debtKind` does, see defaultContractTitle).
 */
export const batchDefaultsShape = caseFileShape
  .omit({ debtors: true, claims: true, payments: true, events: true, evidence: true, mailings: true, title: true })
  .partial()
  .extend({
    /** The claim's description when the file has no description column, e.g. `信用卡透支欠款`. */
    claimDescription: z.string().trim().min(1).optional(),
    /**
     * The kind of debt (the filing case types): a row with a contract number but no 合同名称, under defaults with
     * no `contract.title`, names its contract after it (借款合同, 买卖合同 …).
     */
    debtKind: z.enum(FILING_CASE_TYPES, { error: `expected ${FILING_CASE_TYPES.join('|')}` }).optional(),
  });

export type BatchDefaults = z.output<typeof batchDefaultsShape>;
export type DebtKind = (typeof FILING_CASE_TYPES)[number];

export async function readBatchDefaults(file: string): Promise<BatchDefaults> {
  let raw: unknown;
  try {
    raw = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BatchFileError(file, `cannot read the defaults (${(error as Error).message})`);
  }
  return parseBatchDefaults(file, raw);
}

export function parseBatchDefaults(file: string, raw: unknown): BatchDefaults {
  const parsed = batchDefaultsShape.safeParse(raw);
  if (!parsed.success)
    throw new BatchFileError(
      file,
      `not valid batch defaults (a case file without debtors, claims, payments, events, evidence, mailings):\n${parsed.error.issues
        .map((i) => `  ${formatJsonPath(i.path)}: ${i.message}`)
        .join('\n')}`,
    );
  if (!parsed.data.creditor) throw new BatchFileError(file, 'creditor: required — every case of the batch needs the creditor');
  return parsed.data;
}
