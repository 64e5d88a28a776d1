import { describe, expect, it } from 'vitest';
import { makeCase } from '../../core/calc/case-fixture.js';
import { generateLetter } from '../../core/letters/generate-letter.js';
import { TemplateMismatchError } from '../../core/letters/template-fit.js';
import { english } from './legal-case.js';

// Pre-Action Protocol for Debt Claims para 1.1: a business claiming from an individual, a sole trader included.
const soleTrader = makeCase(english({ debtors: [{ name: 'Dan Okafor t/a Okafor Builders', kind: 'person', role: 'debtor' }] }));
const company = makeCase(english({}));
const letter = (data: typeof company, templateId: string) => generateLetter(data, { templateId, asOf: '2026-11-02' });

describe('legal corpus: which pre-action letter an English debtor gets', () => {
  // Every Annex 1 option, read back from the example's PDF: test/debt-protocol-annex1.test.ts.
  it('en-sole-trader-debt-protocol: the Protocol letter, 30 days to reply, with its Annex 1 Reply Form', () => {
    const text = letter(soleTrader, 'letter-before-claim').text.replace(/\s+/g, ' ');
    expect(text).toContain('within 30 days of 2 November 2026');
    expect(text).toContain('Annex 1: Information Sheet');
    expect(text).toContain('Box C: I do not know whether I owe the debt');
  });

  it('en-sole-trader-no-14-day-letter: the 14-day business letter is refused for a sole trader', () => {
    expect(() => letter(soleTrader, 'letter-of-claim')).toThrow(
      expect.objectContaining({
        code: 'letter-of-claim-needs-company',
        message: expect.stringMatching(/use letter-before-claim/),
      }),
    );
  });

  it('en-company-14-day-letter: a company gets the Practice Direction letter, and not the Protocol one', () => {
    expect(letter(company, 'letter-of-claim').text).toContain('Debtor Ltd');
    let error: unknown;
    try {
      letter(company, 'letter-before-claim');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateMismatchError);
    expect((error as TemplateMismatchError).code).toBe('debt-protocol-needs-individual');
  });

  it('en-no-interest-letter: a claim without interest says none is added, and claims none', () => {
    const text = letter(
      makeCase(english({ debtors: soleTrader.debtors, lateCharge: { kind: 'none' } })),
      'letter-before-claim',
    ).text;
    expect(text.replace(/\s+/g, ' ')).toContain('We are not adding interest or other charges to this debt.');
    expect(text).not.toMatch(/continuing to accrue|Interest to date|compensation/);
  });
});
