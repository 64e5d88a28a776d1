import type { CaseFile } from '../case/schema.js';
import type { Statement } from '../calc/statement-types.js';
import { formatCents, type Cents } from '../money/cents.js';
import type { TemplateValue } from '../templates/values.js';
import { statementRateText } from './late-charge-text.js';

/** Each claim as the case gives it, with what the statement makes of it on the letter's date. */
export function claimsContext(data: CaseFile, statement: Statement): TemplateValue[] {
  const summaries = new Map(statement.claims.map((c) => [c.id, c]));
  return data.claims.map((c) => {
    const s = summaries.get(c.id);
    return {
      id: c.id,
      description: c.description,
      amount: c.amount,
      dueDate: c.dueDate,
      paid: shown(s?.principalPaid),
      outstanding: shown(s?.outstanding),
      lateCharge: shown(s?.lateCharge),
      total: shown(s?.total),
    };
  });
}

/** The statement's totals as decimal text, and the total in words. */
export function totalsContext(statement: Statement): Record<string, TemplateValue> {
  return {
    principal: formatCents(statement.principal),
    paid: formatCents(statement.paid),
    // The part of the payments applied to principal: the claims table's 已付 column adds up to this.
    principalPaid: formatCents(statement.principal - statement.outstanding),
    outstanding: formatCents(statement.outstanding),
    lateCharge: formatCents(statement.lateCharge),
    lateChargePaid: formatCents(statement.lateChargePaid),
    lateChargeOutstanding: formatCents(statement.lateChargeOutstanding),
    compensation: formatCents(statement.compensation),
    compensationOutstanding: formatCents(statement.compensationOutstanding),
    compensationPaid: formatCents(statement.compensation - statement.compensationOutstanding),
    total: formatCents(statement.total),
    totalInWords: statement.totalInWords,
    credit: formatCents(statement.credit),
  };
}

/** The late-charge calculation period by period: principal, dates, days, rate and charge. */
export function statementRowsContext(statement: Statement, locale: string): TemplateValue[] {
  return statement.statement.map((row) => ({
    claim: row.claim,
    principal: formatCents(row.principal),
    from: row.from,
    to: row.to,
    days: row.days,
    rate: statementRateText(row, locale),
    charge: formatCents(row.charge),
  }));
}

const shown = (amount: Cents | undefined) => (amount === undefined ? null : formatCents(amount));
