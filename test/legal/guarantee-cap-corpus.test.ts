import { describe, expect, it } from 'vitest';
import { calculateCase } from '../../core/calc/calculate-case.js';
import { makeCase } from '../../core/calc/case-fixture.js';
import { generateLetter } from '../../core/letters/generate-letter.js';
import { renderLetter } from '../../core/letters/write-letter.js';
import { toMoneyJson } from '../../core/money/money-json.js';
import { pdfText, withPdfFile } from '../support/pdf-tools.js';
import { lacksTools } from '../support/system-tools.js';
import { guaranteeCapCases } from './guarantee-cap.cases.js';
import { LAWYER } from './guarantor-letters.cases.js';

async function pdfWords(letter: ReturnType<typeof generateLetter>): Promise<string> {
  const pdf = withPdfFile(await renderLetter(letter, 'pdf'));
  try {
    return pdfText(pdf.file, false).replace(/\s+/g, '');
  } finally {
    pdf.cleanup();
  }
}

describe.skipIf(lacksTools('the capped guarantee read-back', 'pdftotext'))(
  'legal corpus: a guarantee capped at a sum, and a 最高额保证 over the debts of a period (民法典 第690、691条)',
  () => {
    it.each(guaranteeCapCases.map((c) => [`${c.id} (${c.article})`, c] as const))('%s', async (_, c) => {
      const data = makeCase(c.case);
      const [liability] = toMoneyJson(calculateCase(data, c.asOf).guarantors);
      expect(liability).toEqual({ party: 1, maximum: null, ...c.liability });

      for (const templateId of ['demand-letter', 'lawyer-letter']) {
        const letter = generateLetter(data, { templateId, asOf: c.asOf, settings: { ...LAWYER, recipient: 1 } });
        expect(letter.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual([]);
        const text = await pdfWords(letter);
        for (const words of c.letterSays) expect(text, templateId).toContain(words.replace(/\s+/g, ''));
        for (const words of c.letterNever ?? []) expect(text, templateId).not.toContain(words);
      }

      const complaint = generateLetter(data, { templateId: 'complaint', asOf: c.asOf });
      const text = await pdfWords(complaint);
      for (const words of c.complaintSays) expect(text).toContain(words.replace(/\s+/g, ''));
      // The debtor's own claim is not capped: the 标的总额 is the statement's total.
      expect(text).toContain(
        `标的总额：人民币${Number(c.claimTotal ?? '51950.00').toLocaleString('en', { minimumFractionDigits: 2 })}元`,
      );
    });
  },
);
