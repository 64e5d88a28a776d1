import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileShape, type CaseFile } from '../case/schema.js';
import { PROJECT_ROOT } from '../project-root.js';
import { generateLetter } from './generate-letter.js';
import { LetterJudgmentHeldError, SuitJudgmentHeldError } from './judgment-held.js';

const example = (name: string): CaseFile =>
  caseFileShape.parse(JSON.parse(readFileSync(join(PROJECT_ROOT, 'examples', name, 'case.json'), 'utf8')));

function refusal<E extends Error = LetterJudgmentHeldError>(
  make: () => unknown,
  kind: new (...args: never[]) => E = LetterJudgmentHeldError as never,
): E {
  try {
    make();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error('the letter was made');
}

/** The en-GB example with a County Court judgment in force from 2026-10-05. */
function englishWithJudgment(): CaseFile {
  const english = example('en-gb-unpaid-invoice');
  english.filing = {
    ...english.filing,
    judgment: {
      kind: 'judgment',
      court: 'County Court at Leeds',
      caseNumber: 'K00LS123',
      effectiveOn: '2026-10-05',
      amount: '1000.00',
      payments: [],
    },
  };
  return english;
}

describe('a demand for the contract debt once the judgment is in force (民事诉讼法 第247条)', () => {
  const sale = example('zh-sale-of-goods'); // 判决 （2026）浙0105民初4521号, in force from 2026-09-15

  it('is made the day before the judgment takes effect, with the contract figures of that day', () => {
    const letter = generateLetter(sale, { templateId: 'demand-letter', asOf: '2026-09-14' });
    // casepack calc --as-of 2026-09-14: principal 221,090.35 + late charges 81,073.43.
    expect(letter.text.replace(/\s+/g, '')).toContain('302,163.78');
  });

  it.each(['demand-letter', 'lawyer-letter'])('%s is refused on the effective day, naming the judgment', (templateId) => {
    const held = refusal(() => generateLetter(sale, { templateId, asOf: '2026-09-15' }));
    expect(held.code).toBe('letter.judgment-held');
    expect(held.params).toMatchObject({
      templateId,
      kind: 'judgment',
      caseNumber: '（2026）浙0105民初4521号',
      effectiveOn: '2026-09-15',
      asOf: '2026-09-15',
      basis: 'cpl-247',
    });
  });

  it('leaves the enforcement application and the power of attorney to be made after it', () => {
    for (const templateId of ['enforcement-application', 'power-of-attorney']) {
      const letter = generateLetter(sale, { templateId, asOf: '2026-11-22', settings: { lawyer: { name: '李律师' } } });
      expect(letter.meta.id).toBe(templateId);
    }
  });

  it('refuses the 物业服务费催收通知书 from the day the mediation statement takes effect', () => {
    const fees = example('zh-property-fee'); // 调解书 in force from 2026-08-03
    expect(generateLetter(fees, { templateId: 'property-fee-notice', asOf: '2026-08-02' }).meta.id).toBe('property-fee-notice');
    const held = refusal(() => generateLetter(fees, { templateId: 'property-fee-notice', asOf: '2026-08-03' }));
    expect(held.params).toMatchObject({ kind: 'mediation', effectiveOn: '2026-08-03', basis: 'cpl-247' });
  });

  it('refuses an English letter before claim once the case holds a judgment, citing CPR 70.2', () => {
    const english = englishWithJudgment();
    expect(generateLetter(english, { templateId: 'letter-before-claim', asOf: '2026-10-04' }).meta.id).toBe(
      'letter-before-claim',
    );
    const held = refusal(() => generateLetter(english, { templateId: 'letter-before-claim', asOf: '2026-10-05' }));
    expect(held.params).toMatchObject({ letterEn: 'Letter before claim', basis: 'cpr-70.2' });
  });
});

describe('a suit paper once the judgment is in force (民事诉讼法 第127条 第5项)', () => {
  const sale = example('zh-sale-of-goods'); // 判决 （2026）浙0105民初4521号, in force from 2026-09-15
  const suits = ['complaint', 'payment-order-application', 'preservation-application'];

  it.each(suits)('%s is made the day before the judgment takes effect', (templateId) => {
    expect(generateLetter(sale, { templateId, asOf: '2026-09-14' }).meta.id).toBe(templateId);
  });

  it.each(suits)('%s is refused on the effective day, naming the judgment and the bar', (templateId) => {
    const held = refusal(() => generateLetter(sale, { templateId, asOf: '2026-09-15' }), SuitJudgmentHeldError);
    expect(held.code).toBe('filing.judgment-held');
    expect(held.params).toMatchObject({
      templateId,
      kind: 'judgment',
      caseNumber: '（2026）浙0105民初4521号',
      effectiveOn: '2026-09-15',
      asOf: '2026-09-15',
      basis: 'cpl-247',
      bar: 'cpl-127-5',
    });
  });

  it('refuses a complaint on an arbitral award in force on its enforcement basis, without article 127(5)', () => {
    const awarded: CaseFile = { ...sale, filing: { ...sale.filing, judgment: { ...sale.filing!.judgment!, kind: 'award' } } };
    const held = refusal(() => generateLetter(awarded, { templateId: 'complaint', asOf: '2026-09-15' }), SuitJudgmentHeldError);
    expect(held.params).toMatchObject({ kind: 'award', basis: 'cpl-248' });
    expect(held.params).not.toHaveProperty('bar');
  });

  it('refuses English particulars of claim once the case holds a judgment in force, citing CPR 70.2', () => {
    const english = englishWithJudgment();
    expect(generateLetter(english, { templateId: 'particulars-of-claim', asOf: '2026-10-04' }).meta.id).toBe(
      'particulars-of-claim',
    );
    const held = refusal(
      () => generateLetter(english, { templateId: 'particulars-of-claim', asOf: '2026-10-05' }),
      SuitJudgmentHeldError,
    );
    expect(held.params).toMatchObject({ letterEn: 'Particulars of claim', basis: 'cpr-70.2' });
  });
});
