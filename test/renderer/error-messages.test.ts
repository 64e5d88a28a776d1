import { describe, expect, it } from 'vitest';
import { errorText } from '../../renderer/src/i18n/error-messages.js';
import { letterWarningText } from '../../renderer/src/i18n/letter-warning-messages.js';

describe('legal refusals in the interface language', () => {
  const lapsed = {
    name: 'GuaranteeLapsedError',
    message: 'guarantor 丁某: the guarantee period ended on 2024-09-18 …',
    code: 'guarantee-lapsed',
    params: { party: 1, guarantor: '丁某', periodEnd: '2024-09-18' },
  };

  it('names the guarantor and the day the guarantee ended', () => {
    expect(errorText(lapsed, 'zh')).toMatch(/^保证人丁某的保证期间已于 2024-09-18 届满（民法典第六百九十三条）/);
    expect(errorText(lapsed, 'en')).toMatch(/^The guarantee given by 丁某 ended on 2024-09-18 \(Civil Code art\. 693\)/);
  });

  it('says what to do when the mailed letter is missing or changed', () => {
    const missing = { name: 'MissingLetterError', message: '…', code: 'mailed-letter-missing', params: { mailing: 'm1' } };
    expect(errorText(missing, 'zh')).toContain('邮件 m1 没有留存寄出的信件');
    const changed = {
      name: 'MailedLetterChangedError',
      message: '…',
      code: 'mailed-letter-changed',
      params: { mailing: 'm1', file: 'mailings/a.pdf' },
    };
    expect(errorText(changed, 'en')).toContain('(mailings/a.pdf) does not match the checksum');
  });

  it("names a template's missing fields by their labels, never by their data paths", () => {
    const missing = {
      name: 'MissingTemplateFieldsError',
      message: 'template zh-CN/enforcement-application needs judgment.caseNumber …',
      code: 'template-missing-fields',
      params: { template: 'enforcement-application', fields: 'filing.court,judgment.caseNumber' },
    };
    expect(errorText(missing, 'zh')).toBe('生成这份文书还缺少：受理法院、生效法律文书的案号。请在案件或信函设置中填写后再试。');
    expect(errorText(missing, 'en')).toBe(
      'This document still needs the court, the case number of the judgment. Fill them in on the case or in the letter settings and try again.',
    );
  });

  it('words the en-GB pre-action letter refusals and a guarantor left out of a complaint', () => {
    const refusal = (code: string) => ({ name: 'TemplateMismatchError', message: '…', code });
    expect(errorText(refusal('letter-of-claim-needs-company'), 'zh')).toContain('只用于向公司发出');
    expect(errorText(refusal('debt-protocol-needs-individual'), 'en')).toMatch(
      /^The letter before claim .* for a company use the letter of claim\.$/,
    );
    const left = { code: 'guarantor-left-out' as const, party: 1, guarantor: '丁某', periodEnd: '2024-09-18' };
    expect(letterWarningText(left, 'zh')).toMatch(/^保证人丁某的保证期间已于 2024-09-18 届满，起诉状未将其列为被告/);
    expect(letterWarningText(left, 'en')).toMatch(
      /^The guarantee given by 丁某 ended on 2024-09-18, so the complaint does not name them/,
    );
  });
});
