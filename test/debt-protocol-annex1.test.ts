import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../core/case/validate.js';
import { renderPdf } from '../core/documents/pdf/render-pdf.js';
import { generateLetter } from '../core/letters/generate-letter.js';
import { loadLetterSettings } from '../core/letters/settings-file.js';
import { PROJECT_ROOT } from '../core/project-root.js';
import { withPdfFile } from './support/pdf-tools.js';
import { lacksTools, toolOutput } from './support/system-tools.js';

/**
 * The en-GB example's debtor is a sole trader, whom the Pre-Action Protocol for Debt Claims covers (para 1.1):
 * its letter of claim goes out with Annex 1 (Information Sheet and Reply Form) and Annex 2 (Financial
 * Statement). The PDF is read back by pdftotext, as the debtor or an adviser would read it, and every
 * option the Reply Form must offer is looked for there, in the order the form gives them.
 */
const EXAMPLE = join(PROJECT_ROOT, 'examples', 'en-gb-unpaid-invoice');
const AS_OF = '2026-11-22';
const ARTIFACT = join(PROJECT_ROOT, 'test-artifacts', 'letters', 'en-gb-letter-before-claim-annex1.pdf');

const missing = lacksTools('the Debt Protocol Annex 1 read-back test', 'pdftotext');

describe.skipIf(missing)('en-GB letter of claim with Annex 1, read back from the PDF', () => {
  let text = '';
  let cleanup = () => {};

  beforeAll(async () => {
    const { data } = await loadCaseFile(join(EXAMPLE, 'case.json'));
    const settings = await loadLetterSettings(join(EXAMPLE, 'letter-settings.json'));
    const { model } = generateLetter(data, { templateId: 'letter-before-claim', asOf: AS_OF, settings });
    const bytes = await renderPdf(model);
    mkdirSync(join(ARTIFACT, '..'), { recursive: true });
    writeFileSync(ARTIFACT, bytes);
    const pdf = withPdfFile(bytes, 'letter-before-claim.pdf');
    cleanup = pdf.cleanup;
    // One space for every run of white space: pdftotext breaks lines where the PDF does.
    text = toolOutput('pdftotext', ['-raw', pdf.file, '-']).replace(/\s+/g, ' ');
  });
  afterAll(() => cleanup());

  /** Each phrase is in the text, each after the one before it. */
  const expectInOrder = (phrases: readonly string[]) => {
    let from = 0;
    for (const phrase of phrases) {
      const at = text.indexOf(phrase, from);
      expect(at, `"${phrase}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + phrase.length;
    }
  };

  it('gives 30 days from the date of the letter to reply, and says how long the creditor then waits', () => {
    expect(text).toContain('within 30 days of the date of this letter');
    expect(text).toContain('within 30 days of 22 November 2026, the date of our letter');
    expect(text).toContain('we will give you a reasonable time to get it');
    expect(text).toContain(
      'we will not start court proceedings until 30 days after we receive it, or 30 days after we send you the documents you asked for, whichever is later',
    );
  });

  // 8% + the 3.75% reference rate = 11.75% a year: £6,910.26 earns £2.22 a day and £1,275.50 earns £0.41.
  it('says statutory interest goes on accruing, at its daily amount, and never that no interest is added', () => {
    expect(text).toContain('interest of £398.11 and fixed-sum compensation of £70.00');
    expect(text).not.toContain('We are not adding interest');
    expect(text).toContain(
      'Statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 is continuing to accrue on the unpaid invoices at 8% a year above the Bank of England base rate, currently £2.63 a day, until they are paid.',
    );
  });

  it('encloses the Information Sheet, then the Reply Form, then the Financial Statement', () => {
    expectInOrder([
      'Enclosures: Information Sheet and Reply Form (Annex 1); Financial Statement (Annex 2)',
      'Annex 1: Information Sheet',
      'Reply Form',
      'Annex 2: Financial Statement',
    ]);
  });

  it('lists the free debt advice bodies on the Information Sheet', () => {
    const sheet = text.slice(text.indexOf('Annex 1: Information Sheet'), text.indexOf('Section 1:'));
    for (const body of [
      'National Debtline',
      'StepChange Debt Charity',
      'Citizens Advice',
      'MoneyHelper',
      'Christians Against Poverty',
      'Business Debtline',
    ])
      expect(sheet).toContain(body);
  });

  it('offers the four answers about the debt, as Boxes A to D of Section 1', () => {
    expectInOrder([
      'Section 1: do you owe the debt? (tick one box)',
      'Box A: I agree I owe the debt.',
      'Box B: I agree I owe part of the debt. The amount I agree I owe is £ ________',
      'Box C: I do not know whether I owe the debt',
      'Box D: I dispute the debt',
    ]);
  });

  it('offers payment in full or a proposal to pay by instalments with the Financial Statement', () => {
    expectInOrder([
      'Section 2: paying what you agree you owe (only if you ticked Box A or Box B)',
      'I am paying the amount I owe in full',
      'I will pay the amount I owe in full by (date)',
      'I cannot pay in full. I offer to pay £ ________ every ________, starting on ________,',
      'I have completed the Financial Statement (Annex 2)',
    ]);
  });

  it('asks about debt advice, then which documents the debtor wants, then the reasons', () => {
    expectInOrder([
      'Section 3: debt advice',
      'I have had debt advice from:',
      'I am getting debt advice from:',
      'I would like more time to get debt advice',
      'Section 4: documents',
      'Please send me a copy of the agreement.',
      'Please send me a statement of account or copies of the invoices.',
      'Please send me these other documents or information:',
      'Section 5: your reasons and your documents',
      'Signed:',
    ]);
  });

  it('has the income and spending parts of the Financial Statement', () => {
    expectInOrder([
      'Annex 2: Financial Statement',
      'Monthly income',
      'Total income',
      'Monthly spending',
      'Total spending',
      'Other debts',
    ]);
  });
});
