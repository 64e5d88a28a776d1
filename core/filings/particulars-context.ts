import type { CaseFile } from '../case/schema.js';
import type { Statement, StatementRow } from '../calc/statement-types.js';
import { Dec } from '../money/decimal.js';
import { formatCents } from '../money/cents.js';
import type { TemplateValue } from '../templates/values.js';
import { statementRateText } from '../letters/late-charge-text.js';

export const PARTICULARS_TEMPLATE = 'particulars-of-claim';

/** On what footing particulars of claim ask for interest; each is worded and cited by the template. */
export type InterestBasis = 'late-payment-act' | 'county-courts-act-s69' | 'contract';

/**
 * County Courts Act 1984 s.69: where neither contract nor statute gives interest, the court may award simple
 * interest at the rate it thinks fit; claims are made at 8 % a year, the Judgments Act 1838 rate.
 */
const S69_INTEREST = { kind: 'annual-rate', rate: '0.08', basis: 365 } as const;

/**
 * The case as particulars of claim compute it: a case with no agreed or statutory late charge claims s.69
 * interest at 8 % a year simple from each due date; any other late charge (the Late Payment Act's, a
 * contract's) is claimed as the case states it.
 */
export function particularsCase(data: CaseFile): CaseFile {
  return data.lateCharge.kind === 'none' ? { ...data, lateCharge: { ...S69_INTEREST } } : data;
}

/** The basis the interest of particularsCase(data) rests on (`data` as the user wrote it). */
export function interestBasis(data: CaseFile): InterestBasis {
  if (data.lateCharge.kind === 'uk-statutory') return 'late-payment-act';
  return data.lateCharge.kind === 'none' ? 'county-courts-act-s69' : 'contract';
}

/**
 * What the particulars state beyond a letter's data: the interest basis, the interest to the date of issue and
 * the fixed sums (the statement's own figures), and the daily rate interest continues at.
 * The daily rate of a claim is what its outstanding principal earns in one day at the rate in force on the
 * date of issue, rounded half up to the penny; the daily rate stated for the whole claim is the sum of those, so
 * that the figures the particulars print add up.
 */
export function particularsContext(data: CaseFile, statement: Statement): Record<string, TemplateValue> {
  const lastRow = new Map<string, StatementRow>();
  for (const row of statement.statement) lastRow.set(row.claim, row);
  const descriptions = new Map(data.claims.map((c) => [c.id, c.description]));
  let dailyTotal = 0n;
  const daily = statement.claims
    .filter((c) => c.outstanding > 0n && lastRow.has(c.id))
    .map((c) => {
      const row = lastRow.get(c.id)!;
      const perDay = dailyInterest(c.outstanding, row);
      dailyTotal += perDay;
      return {
        claim: c.id,
        description: descriptions.get(c.id) ?? c.id,
        outstanding: formatCents(c.outstanding),
        rate: statementRateText(row, data.locale),
        dailyRate: formatCents(perDay),
      };
    });
  return {
    basis: interestBasis(data),
    interest: formatCents(statement.lateChargeOutstanding),
    fixedSum: formatCents(statement.compensationOutstanding),
    dailyRate: formatCents(dailyTotal),
    daily,
  };
}

/** One day's interest in pence, rounded half up: principal × annual rate ÷ basis, or × the daily rate. */
function dailyInterest(outstanding: bigint, row: StatementRow): bigint {
  const exact = new Dec(row.rate).times(outstanding.toString());
  const perDay = row.rateUnit === 'day' ? exact : exact.div(row.basis ?? 365);
  return BigInt(perDay.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed(0));
}
