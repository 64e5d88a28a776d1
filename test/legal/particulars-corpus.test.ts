import { describe, expect, it } from 'vitest';
import { makeCase } from '../../core/calc/case-fixture.js';
import { docxText } from '../../core/compliance/docx-text.js';
import { issueFeeForCase } from '../../core/filings/claim-fees.js';
import { generateLetter } from '../../core/letters/generate-letter.js';
import { renderLetter } from '../../core/letters/write-letter.js';
import { formatCents } from '../../core/money/cents.js';
import { formatDate } from '../../core/templates/formats.js';
import { pdfText, withPdfFile } from '../support/pdf-tools.js';
import { lacksTools } from '../support/system-tools.js';
import { particularsCases } from './particulars.cases.js';

// Table cells: pdftotext separates them by spaces, the DOCX reader by " | ".
const flat = (text: string) => text.replace(/\|/g, ' ').replace(/\s+/g, ' ');
const pounds = (amount: string) => `£${Number(amount).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;

describe.skipIf(lacksTools('the particulars of claim read-back', 'pdftotext'))('legal corpus: particulars of claim', () => {
  it.each(particularsCases)('$id ($article)', async (c) => {
    const data = makeCase(c.case);
    const letter = generateLetter(data, { templateId: 'particulars-of-claim', asOf: c.asOf });
    const s = letter.statement;
    expect(formatCents(s.lateChargeOutstanding)).toBe(c.interest);
    expect(formatCents(s.compensationOutstanding)).toBe(c.fixedSum);
    expect(formatCents(s.total)).toBe(c.total);
    expect(letter.findings.filter((f) => f.severity === 'error')).toEqual([]);

    const fee = issueFeeForCase(data, c.asOf);
    expect(formatCents(fee.amount)).toBe(c.total);
    expect(formatCents(fee.fee)).toBe(c.issueFee);

    const pdf = withPdfFile(await renderLetter(letter, 'pdf'));
    let pdfRead: string;
    try {
      pdfRead = flat(pdfText(pdf.file, false));
    } finally {
      pdf.cleanup();
    }
    const docxRead = flat(docxText(Buffer.from(await renderLetter(letter, 'docx')), 'particulars.docx'));
    for (const text of [pdfRead, docxRead]) {
      expect(text).toContain(`${formatDate(c.asOf, 'en-GB')}, the date of issue: ${pounds(c.interest)}`);
      expect(text).toContain(`at the daily rate of ${pounds(c.dailyRate)}`);
      expect(text).toContain(`Total ${pounds(c.total)}`);
      expect(text).toContain(`The outstanding sum ${pounds(formatCents(s.outstanding))}`);
      if (c.fixedSum !== '0.00') expect(text).toContain(`of which ${pounds(c.fixedSum)} remains unpaid`);
      else expect(text).not.toContain('section 5A');
      for (const phrase of c.states) expect(text).toContain(phrase);
      // The heading names the court and leaves the claim number for the court to give (CPR PD 7A para 4A.1).
      expect(text).toContain(
        c.case.filing?.court ? `IN THE COUNTY COURT AT ${c.case.filing.court}` : 'IN THE COUNTY COURT MONEY CLAIMS CENTRE',
      );
      expect(text).toMatch(/Claim No\. \.+ \(to be given by the court on issue\)/);
      expect(text).toContain('[The Claimant believes] [I believe] that the facts stated in these particulars of claim are true.');
    }
  });
});
