import { describe, expect, it } from 'vitest';
import { makeCase } from '../../core/calc/case-fixture.js';
import { generateLetter } from '../../core/letters/generate-letter.js';
import { LetterJudgmentHeldError } from '../../core/letters/judgment-held.js';
import { LAWYER } from './guarantor-letters.cases.js';
import { CASE_NUMBER, judgmentLetterCases } from './judgment-letters.cases.js';

const COURT = '上海市浦东新区人民法院';

describe('legal corpus: no demand for the contract debt once a judgment is in force (民事诉讼法 第227、247、248条)', () => {
  it.each(judgmentLetterCases.map((c) => [`${c.id} (${c.article})`, c] as const))('%s', (_, c) => {
    const data = makeCase({
      filing: {
        court: COURT,
        ...(c.judgment && {
          judgment: { ...c.judgment, court: COURT, caseNumber: CASE_NUMBER, amount: '1000.00', payments: [] },
        }),
      },
    });
    const make = () => generateLetter(data, { templateId: c.template, asOf: c.asOf, settings: LAWYER });
    if (!c.refused) {
      const text = make().text.replace(/\s+/g, '');
      for (const words of c.states ?? []) expect(text).toContain(words);
      return;
    }
    let error: unknown;
    try {
      make();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LetterJudgmentHeldError);
    const held = error as LetterJudgmentHeldError;
    expect([held.code, held.params]).toEqual([
      'letter.judgment-held',
      {
        templateId: c.template,
        letterZh: c.template === 'demand-letter' ? '催款函' : '律师函',
        letterEn: c.template === 'demand-letter' ? 'Demand letter' : 'Lawyer’s letter',
        kind: c.judgment!.kind,
        caseNumber: CASE_NUMBER,
        effectiveOn: c.judgment!.effectiveOn,
        asOf: c.asOf,
        basis: c.refused.basis,
      },
    ]);
  });
});
