import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isCalendarDate, type IsoDate } from '../dates/calendar-date.js';
import { CasePackError } from '../errors.js';
import { parseCents } from '../money/cents.js';
import { PROJECT_ROOT } from '../project-root.js';

const FILE = join(PROJECT_ROOT, 'data', 'uk-issue-fees.json');

const money = z.string().regex(/^\d+\.\d{2}$/, 'expected pounds with two decimals');
const band = z.union([
  z.strictObject({ upTo: money.nullable(), fee: money }),
  z.strictObject({ upTo: money.nullable(), percent: z.string().regex(/^\d+(\.\d+)?$/, 'expected a percentage') }),
]);
const instrument = z.strictObject({
  title: z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }),
  si: z.string().regex(/^\d{4}\/\d+$/, 'expected an SI number such as 2008/1053'),
});
const provision = z.strictObject({
  instrument,
  schedule: z.string().min(1),
  fee: z.string().min(1),
  substitutedBy: z.strictObject({ instrument, article: z.string().min(1), paragraph: z.string().min(1).optional() }).optional(),
});
const feeFile = z.strictObject({
  $comment: z.string().optional(),
  tables: z
    .array(
      z.strictObject({
        validFrom: z.string().refine(isCalendarDate, 'expected a date YYYY-MM-DD'),
        source: provision,
        checked: z.boolean(),
        rounding: z.string().min(1),
        bands: z.array(band).min(1),
      }),
    )
    .min(1),
});

/** One band of fee 1.1: a claim up to `upTo` pence (null: no limit) costs `fee` pence, or `percent` of the claim. */
export interface IssueFeeBand {
  upTo: bigint | null;
  fee: bigint | null;
  /** Hundredths of a percent: 500 for 5 %. */
  basisPoints: bigint | null;
}

/** Where a fee table is in law, as data (each screen and the CLI word it in their language). */
export type IssueFeeSource = z.output<typeof provision>;

/** A table of issue fees as data/uk-issue-fees.json keeps it: in force from `validFrom`, with its source. */
export interface IssueFeeTable {
  validFrom: IsoDate;
  source: IssueFeeSource;
  /** False while the figures still have to be checked against the current official Schedule 1. */
  checked: boolean;
  bands: IssueFeeBand[];
}

/** The issue fee for a claim: the table and band used, in pence. */
export interface IssueFee {
  amount: bigint;
  fee: bigint;
  band: IssueFeeBand;
  table: IssueFeeTable;
}

/** A claim issued before the first table the data holds: no fee can be given. */
export class IssueFeeDateError extends CasePackError {
  override name = 'IssueFeeDateError';
  readonly code = 'fees.uk-no-table';
  constructor(
    readonly on: IsoDate,
    readonly firstFrom: IsoDate,
  ) {
    super(`no County Court issue fee table applies on ${on}: the fee table in data/uk-issue-fees.json starts ${firstFrom}`);
  }
  get params() {
    return { on: this.on, firstFrom: this.firstFrom };
  }
}

let tables: IssueFeeTable[] | undefined;

/** The fee tables, oldest first, read and checked once: bands ascending and the last one unlimited. */
export function issueFeeTables(): readonly IssueFeeTable[] {
  tables ??= readTables();
  return tables;
}

function readTables(): IssueFeeTable[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(FILE, 'utf8'));
  } catch (error) {
    throw new CasePackError(`${FILE}: cannot read the issue fee table (${(error as Error).message})`);
  }
  const parsed = feeFile.safeParse(raw);
  if (!parsed.success) throw new CasePackError(`${FILE}: ${parsed.error.issues[0]!.message}`);
  const result = parsed.data.tables.map((t) => ({
    validFrom: t.validFrom as IsoDate,
    source: t.source,
    checked: t.checked,
    bands: t.bands.map((b) => ({
      upTo: b.upTo === null ? null : parseCents(b.upTo),
      fee: 'fee' in b ? parseCents(b.fee) : null,
      basisPoints: 'percent' in b ? BigInt(Math.round(Number(b.percent) * 100)) : null,
    })),
  }));
  result.forEach((t, i) => {
    if (i > 0 && t.validFrom <= result[i - 1]!.validFrom)
      throw new CasePackError(`${FILE}: tables[${i}] is not after tables[${i - 1}]`);
    t.bands.forEach((b, j) => {
      const last = j === t.bands.length - 1;
      if ((b.upTo === null) !== last)
        throw new CasePackError(`${FILE}: tables[${i}].bands: only the last band has no upper limit`);
      if (j > 0 && b.upTo !== null && b.upTo <= t.bands[j - 1]!.upTo!)
        throw new CasePackError(`${FILE}: tables[${i}].bands[${j}] is not above the band before it`);
    });
  });
  return result;
}

/**
 * Fee 1.1 (Civil Proceedings Fees Order 2008, Schedule 1) for starting a money claim of `amount` pence on `on`:
 * the band the sum claimed falls in ("exceeds … but does not exceed …"), from the newest table in force that day;
 * a percentage fee is rounded down to the penny.
 */
export function ukIssueFee(amount: bigint, on: IsoDate): IssueFee {
  if (amount < 0n) throw new RangeError('a claim amount cannot be negative');
  const all = issueFeeTables();
  const table = all.findLast((t) => t.validFrom <= on);
  if (!table) throw new IssueFeeDateError(on, all[0]!.validFrom);
  const band = table.bands.find((b) => b.upTo === null || amount <= b.upTo)!;
  const fee = band.fee ?? (amount * band.basisPoints!) / 10_000n;
  return { amount, fee, band, table };
}
