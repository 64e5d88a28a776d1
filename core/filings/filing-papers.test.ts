import { describe, expect, it } from 'vitest';
import { makeCase } from '../calc/case-fixture.js';
import { generateLetter } from '../letters/generate-letter.js';
import { MissingTemplateFieldsError } from '../letters/errors.js';
import { TemplateMismatchError } from '../letters/template-fit.js';

const filing = { caseType: 'sale-of-goods', court: '上海市浦东新区人民法院', courtBasis: 'defendant-domicile' } as const;
const lawyer = { lawyer: { name: '林律师', licenseNo: '13101200000000001' }, firm: { name: '某律师事务所' } };
const flat = (text: string) => text.replace(/\s+/g, '');

describe('授权委托书 (民事诉讼法 第62条; 民诉解释 第89条)', () => {
  const letter = (agentAuthority?: 'general' | 'special') =>
    generateLetter(makeCase({ filing: { ...filing, ...(agentAuthority && { agentAuthority }) } }), {
      templateId: 'power-of-attorney',
      asOf: '2026-11-22',
      settings: lawyer,
    }).text;

  it('lists the special powers only under a special authority', () => {
    expect(flat(letter('special'))).toContain('特别授权：代为起诉');
    expect(flat(letter('special'))).toContain('代为承认、放弃、变更诉讼请求，进行和解、调解，提起反诉或者上诉');
    expect(flat(letter('general'))).toContain('一般授权：');
    expect(flat(letter('general'))).toContain('不包括代为承认、放弃、变更诉讼请求');
  });

  it('leaves both as boxes for the client to tick when the case does not say, and never writes 全权代理', () => {
    const text = flat(letter());
    expect(text).toContain('□一般授权');
    expect(text).toContain('□特别授权');
    expect(text).not.toContain('全权代理');
  });

  it('is refused, naming the field, without a lawyer', () => {
    const make = () => generateLetter(makeCase({ filing }), { templateId: 'power-of-attorney', asOf: '2026-11-22' });
    expect(make).toThrow(MissingTemplateFieldsError);
    expect(make).toThrow(/lawyer\.name/);
  });
});

describe('法定代表人身份证明书', () => {
  it('certifies the creditor company’s representative', () => {
    const data = makeCase({
      creditor: { name: '甲公司', kind: 'company', representative: '张三', representativeTitle: '执行董事' },
    });
    const text = flat(generateLetter(data, { templateId: 'legal-representative-certificate', asOf: '2026-11-22' }).text);
    expect(text).toContain('张三，在我单位任执行董事职务，系我单位的法定代表人');
  });

  it('is refused for a creditor who is a person, with a code the interface words', () => {
    const data = makeCase({ creditor: { name: '王五', kind: 'person', representative: '王五' } });
    const make = () => generateLetter(data, { templateId: 'legal-representative-certificate', asOf: '2026-11-22' });
    expect(make).toThrow(TemplateMismatchError);
    try {
      make();
    } catch (error) {
      expect((error as TemplateMismatchError).code).toBe('certificate-needs-company');
    }
  });
});

describe('filings that need facts the case lacks', () => {
  it('refuses an enforcement application without a judgment, naming the field', () => {
    const make = () => generateLetter(makeCase({ filing }), { templateId: 'enforcement-application', asOf: '2026-11-22' });
    try {
      make();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MissingTemplateFieldsError);
      expect((error as MissingTemplateFieldsError).params).toEqual({
        template: 'enforcement-application',
        fields: 'judgment.caseNumber',
      });
    }
  });
});
