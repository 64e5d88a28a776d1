import { describe, expect, it } from 'vitest';
import { errorText } from '../../renderer/src/i18n/error-messages.js';
import { toErrorPayload } from '../../core/api/api-error.js';
import { RestoreFailedError } from '../../core/backup/swap-in.js';
import { CaseValidationError } from '../../core/errors.js';
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

describe('evidence files refused, in the interface language', () => {
  const exhibit = (title: string, file: string, reason: string) => ({
    code: 'exhibit-refused',
    params: { exhibit: 'E2', title, file, reason, detail: 'the PDF is damaged (it is truncated)' },
  });

  it('names the title and the file, never the id or a stored path', () => {
    const one = { name: 'EncryptedPdfError', message: '…', ...exhibit('对账单', '对账单.pdf', 'needs-password') };
    expect(errorText(one, 'zh')).toBe(
      '证据“对账单”（对账单.pdf）：PDF 需要密码才能打开；请索取未加密的副本，或打开后打印为新的 PDF。',
    );
    expect(errorText(one, 'en')).toBe(
      'Exhibit “对账单” (对账单.pdf): the PDF needs a password to open; ask for an unprotected copy, or open it and print it to a new PDF.',
    );
  });

  it('lists every bad exhibit of a bundle, one line each', () => {
    const both = {
      name: 'ExhibitsRefusedError',
      message: '…',
      code: 'exhibits-refused',
      params: { count: 2 },
      details: [exhibit('对账单', 'a.pdf', 'needs-password'), exhibit('送货单', 'b.pdf', 'damaged')],
    };
    expect(errorText(both, 'zh').split('\n')).toEqual([
      '有 2 份证据无法使用：',
      '证据“对账单”（a.pdf）：PDF 需要密码才能打开；请索取未加密的副本，或打开后打印为新的 PDF。',
      '证据“送货单”（b.pdf）：PDF 文件已损坏或不完整；请重新获取一份，或打开后打印为新的 PDF。',
    ]);
    expect(errorText(both, 'en').split('\n')[2]).toBe(
      'Exhibit “送货单” (b.pdf): the PDF is damaged or cut off; get a fresh copy, or open it and print it to a new PDF.',
    );
  });
});

describe('a restore that stopped, in the interface language', () => {
  it('says in one line, in Chinese and English, that the data is unchanged', () => {
    const payload = toErrorPayload(new RestoreFailedError('/data/casepack.db', 'disk-full'));
    expect(errorText(payload, 'zh')).toBe('恢复未完成：磁盘已满，请腾出空间后再试。现有数据保持原样，未替换任何内容。');
    expect(errorText(payload, 'en')).toBe(
      'The restore stopped: the disk is full; free some space and try again. Your data is as it was; nothing was replaced.',
    );
  });
});

describe('a case refused field by field, in the interface language', () => {
  const issues = [
    { path: 'evidence[0].title', message: 'Required', code: 'required' as const },
    { path: 'payments[1].claim', message: '…', code: 'unknown-claim' as const, params: { id: 'C9' } },
  ];

  it('names the file of a case folder, and no file for a stored case (`case 3` is not a file name)', () => {
    const fromFile = toErrorPayload(new CaseValidationError('/tmp/casepack-import-x/case.json', issues));
    expect(errorText(fromFile, 'zh').split('\n')).toEqual([
      'case.json：证据 第 1 项 · 证据名称：必填。',
      'case.json：已付款 第 2 项 · 付款指明的欠款：没有编号为“C9”的欠款。',
    ]);
    const stored = toErrorPayload(new CaseValidationError('case 3', issues, false));
    expect(errorText(stored, 'en').split('\n')).toEqual([
      'Evidence, item 1 · Title: Required.',
      'Payments received, item 2 · Invoice the payment names: There is no claim “C9”.',
    ]);
  });
});
