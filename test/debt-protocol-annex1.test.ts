import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../core/case/validate.js';
import { renderPdf } from '../core/documents/pdf/render-pdf.js';
import { generateLetter } from '../core/letters/generate-letter.js';
import { letterSettingsFile, loadLetterSettings } from '../core/letters/settings-file.js';
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

  // Para 3.1: what the letter itself must say, each read back from the letter's pages (before the Annex).
  it('says what para 3.1 asks: the agreement, that a copy can be asked for, how to pay and to discuss paying, where to reply', () => {
    const letter = text.slice(0, text.indexOf('Annex 1: Information Sheet'));
    expectInOrder([
      'under Purchase order for oak doors, supply and fit (reference PO-7731), dated 2 February 2026, made between Harbour Lane Joinery Ltd and you.',
      'You can ask us for a copy of the agreement, and we will send it to you.',
      'you owe us £8,653.87',
      'is continuing to accrue',
      'Please pay by bank transfer',
      'If you would like to talk about how to pay, for example by instalments, please contact Sarah Whitcombe on 0117 496 0123, by email at accounts@harbourlanejoinery.example, or by post at Unit 4, Quayside Works, Bristol BS1 6XN.',
      'complete the enclosed Reply Form and send it to Sarah Whitcombe, Unit 4, Quayside Works, Bristol BS1 6XN',
    ]);
    // No assignment and no instalment offer in this case: the letter says nothing of either.
    expect(letter).not.toContain('was first owed to');
    expect(letter).not.toContain('You have offered, or are paying');
  });

  it('lists the free debt advice bodies on the Information Sheet, with how to reach each', () => {
    const sheet = text.slice(text.indexOf('Annex 1: Information Sheet'), text.indexOf('Section 1:'));
    for (const body of [
      'National Debtline: 0808 808 4000, nationaldebtline.org',
      'StepChange Debt Charity: 0800 138 1111, stepchange.org',
      'Citizens Advice: Adviceline (England) 0800 144 8848, citizensadvice.org.uk',
      'Business Debtline, for the self-employed and sole traders: 0800 197 6026, businessdebtline.org',
      'MoneyHelper: moneyhelper.org.uk',
      'Christians Against Poverty: capuk.org',
      'Civil Legal Advice, if your home is at risk: 0345 345 4345',
    ])
      expect(sheet).toContain(body);
  });

  it('tells the debtor on the Information Sheet what to do, and the 30 days', () => {
    expectInOrder([
      'Annex 1: Information Sheet',
      'you owe Harbour Lane Joinery Ltd £8,653.87',
      'Read the letter and check the statement of account.',
      'within 30 days of the date at the top of the letter. Keep a copy. If you cannot fill in every section, still send the form back within the 30 days.',
      'Box A if you agree you owe the debt, Box B if you agree you owe part of it, Box C if you do not know whether you owe it, or Box D if you dispute it.',
      'fill in the Financial Statement (Annex 2)',
      'say so in Section 3. We will give you a reasonable time to get it.',
      'If you do not reply within 30 days, we may start court proceedings.',
    ]);
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

  it('has four sections: debt advice with the wait it buys, then documents and reasons, then the signature and date', () => {
    expectInOrder([
      'Section 3: debt advice',
      'I have had debt advice from:',
      'I am getting debt advice from:',
      'I would like more time to get debt advice',
      'we will give you a reasonable time to get advice, and we will not start court proceedings until 30 days after we receive this form, or 30 days after we send you any documents you ask for, whichever is later.',
      'Section 4: documents and your reasons',
      'Please send me a copy of the agreement.',
      'Please send me a statement of account or copies of the invoices.',
      'Please send me these other documents or information:',
      'If you ticked Box B, C or D',
      'Signed:',
      'Date:',
      'Annex 2: Financial Statement',
    ]);
    expect(text).not.toContain('Section 5');
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

/**
 * Para 3.1 also asks, where they apply, for an oral agreement's maker, terms, date and place; an assigned debt's
 * original creditor, when it was assigned and to whom; and why instalments offered or paid are not accepted. The
 * case file holds none of them, so they come from the letter settings (`protocol`), and are read back here.
 */
const PROTOCOL = {
  oralAgreement: {
    madeBy: 'Sarah Whitcombe for Harbour Lane Joinery Ltd and Daniel Okafor',
    terms: 'oak doors supplied and fitted at £600 a door, payable 30 days after each invoice',
    on: '2026-01-28',
    place: '15 Wellsway, Bath',
  },
  assignment: { originalCreditor: 'Quayside Doors LLP', originalReference: 'QD-118', assignedOn: '2026-09-15' },
  instalmentOffer: { terms: '£50 a month', reason: 'at that rate the debt would take more than fourteen years to clear' },
};

describe.skipIf(missing)('en-GB letter of claim: the para 3.1 facts from the settings, read back from the PDF', () => {
  let text = '';
  let cleanup = () => {};

  beforeAll(async () => {
    const { data } = await loadCaseFile(join(EXAMPLE, 'case.json'));
    // Through the settings file's schema, as a user's settings file would be read.
    const { protocol } = letterSettingsFile.parse({ protocol: PROTOCOL });
    const settings = { ...(await loadLetterSettings(join(EXAMPLE, 'letter-settings.json'))), protocol };
    const { model } = generateLetter(
      { ...data, contract: undefined },
      { templateId: 'letter-before-claim', asOf: AS_OF, settings },
    );
    const pdf = withPdfFile(await renderPdf(model), 'letter-before-claim-protocol.pdf');
    cleanup = pdf.cleanup;
    text = toolOutput('pdftotext', ['-raw', pdf.file, '-']).replace(/\s+/g, ' ');
  });
  afterAll(() => cleanup());

  it('states the oral agreement, the assignment and why the instalment offer is refused, before the Annex', () => {
    const letter = text.slice(0, text.indexOf('Annex 1: Information Sheet'));
    expect(letter).toContain(
      'The debt arises from an agreement made orally between Sarah Whitcombe for Harbour Lane Joinery Ltd and Daniel Okafor on 28 January 2026 at 15 Wellsway, Bath. What was agreed: oak doors supplied and fitted at £600 a door, payable 30 days after each invoice.',
    );
    expect(letter).toContain(
      'This debt was first owed to Quayside Doors LLP (their reference QD-118). It was assigned to Harbour Lane Joinery Ltd on 15 September 2026.',
    );
    expect(letter).toContain(
      'You have offered, or are paying, £50 a month. We cannot accept this because at that rate the debt would take more than fourteen years to clear, and so we are still considering a court claim.',
    );
    // Without a written agreement there is no copy to offer.
    expect(letter).not.toContain('You can ask us for a copy of the agreement');
  });

  it('refuses a settings file whose instalment offer gives no reason', () => {
    const parsed = letterSettingsFile.safeParse({ protocol: { instalmentOffer: { terms: '£50 a month' } } });
    expect(parsed.success).toBe(false);
  });
});
