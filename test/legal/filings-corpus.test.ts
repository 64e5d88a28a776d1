import { describe, expect, it } from 'vitest';
import { makeCase } from '../../core/calc/case-fixture.js';
import { computeStatement } from '../../core/calc/statement.js';
import { filingFees } from '../../core/filings/filing-fees.js';
import { formatCents } from '../../core/money/cents.js';
import { CasePackError } from '../../core/errors.js';
import { generateLetter } from '../../core/letters/generate-letter.js';
import { filingCases } from './filings.cases.js';

const oneLine = (text: string) => text.replace(/\s+/g, '');

describe('legal corpus: enforcement, preservation and payment-order applications (民事诉讼法 第103–105、225、247、250、264条)', () => {
  it.each(filingCases.map((c) => [`${c.id} (${c.article})`, c] as const))('%s', (_, c) => {
    const data = makeCase({
      claims: c.claims ?? [{ id: 'c1', description: '货款', amount: '100000.00', dueDate: '2024-01-10' }],
      filing: c.filing as never,
      ...(c.payments && { payments: c.payments }),
      ...(c.debtors && { debtors: c.debtors }),
    });
    if (c.fees) {
      const fees = filingFees(data, computeStatement(data, c.asOf));
      const worked = {
        paymentOrder: formatCents(fees.claim.paymentOrder),
        preservation: fees.preservation && {
          amount: formatCents(fees.preservation.amount),
          fee: formatCents(fees.preservation.fee),
        },
        nothingToClaim: fees.nothingToClaim,
      };
      expect(worked).toMatchObject(c.fees);
    }
    const make = () => generateLetter(data, { templateId: c.template, asOf: c.asOf });
    if (c.refused) {
      let error: unknown;
      try {
        make();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CasePackError);
      const coded = error as CasePackError & { code: string; params: unknown };
      expect([coded.code, coded.params]).toEqual([c.refused.code, c.refused.params]);
      return;
    }
    const letter = make();
    expect(letter.findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const text of c.states ?? []) expect(oneLine(letter.text)).toContain(oneLine(text));
    if (c.id === 'enf-after-two-years-no-claim-of-time') expect(letter.text).not.toContain('申请执行期间内提出');
  });
});
