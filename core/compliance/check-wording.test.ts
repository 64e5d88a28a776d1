import { describe, expect, it } from 'vitest';
import { checkWording, formatFinding } from './check-wording.js';
import { OverrideReasonError, WordingBlockedError } from './errors.js';
import { assertExportable, exportDecision } from './exportable.js';

const ids = (text: string, context = {}) => checkWording(text, context).map((f) => `${f.severity}:${f.ruleId}`);

describe('checkWording: the acceptance phrases', () => {
  it('finds 再不还钱就去你单位闹 with its rule, words and position', () => {
    const [finding, ...rest] = checkWording('王先生：\n再不还钱就去你单位闹。');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'zh-harassment',
      severity: 'error',
      words: '去你单位闹',
      index: 10,
      line: 2,
      column: 6,
    });
    expect(finding!.source).toContain('刑法 第293条之一');
  });

  it('finds 通知你的家人和同事 as a disclosure to third parties', () => {
    expect(checkWording('逾期将通知你的家人和同事。')).toMatchObject([
      { ruleId: 'zh-third-party-disclosure', severity: 'error', words: '通知你的家人' },
    ]);
  });
});

describe('checkWording: each rule', () => {
  it.each([
    ['三天内不还就打断你的腿', 'error:zh-threat-violence'],
    ['我们会爆你通讯录', 'error:zh-harassment'],
    ['将把你的欠款信息曝光到网上', 'error:zh-third-party-disclosure'],
    ['法院传票已经寄出', 'error:zh-impersonate-authority'],
    ['公安机关已立案', 'error:zh-impersonate-authority'],
    ['你已涉嫌诈骗', 'error:zh-criminal-accusation'],
    ['再不交物业费就停水停电', 'error:zh-utility-cutoff'],
    ['请转入财务人员个人账户', 'error:zh-personal-account'],
    ['另需支付催收费500元', 'error:zh-unlawful-fee'],
    ['另按日计收滞纳金', 'warning:zh-late-fee-term'],
    ['你这个老赖', 'error:zh-insult'],
    ['本函仅确认收到，不代表认可欠款', 'warning:zh-ack-reservation'],
    ['We will tell your employer about this debt.', 'error:en-third-party-disclosure'],
    ['You could be arrested.', 'error:en-criminal-threat'],
    ['Bailiffs will attend your home.', 'error:en-false-authority'],
    ['We will garnish your wages.', 'error:en-seizure-threat'],
    ['Pay now, you deadbeat.', 'error:en-insult'],
    ['A collection fee of $50 applies.', 'warning:en-unlawful-fee'],
    ['We will issue proceedings.', 'info:en-legal-action'],
    ['We will call you every day until you pay.', 'error:en-harassment'],
  ])('%s → %s', (text, expected) => {
    expect(ids(text)).toContain(expected);
  });

  it('leaves negated acts and lawful wording alone', () => {
    expect(ids('本公司不会采取停水、停电等方式催交物业费。')).toEqual([]);
    expect(ids('We will never contact your employer or family about this debt.')).toEqual([]);
    expect(ids('逾期我司将依法向有管辖权的人民法院提起诉讼，并申请财产保全。')).toEqual([]);
    expect(ids('如不能按时还款就通知你的家人')).toEqual(['error:zh-third-party-disclosure']);
    expect(ids("If you don't pay we will tell your employer")).toEqual(['error:en-third-party-disclosure']);
  });

  it('makes reservation words an error in an acknowledgment', () => {
    expect(ids('仅供核对', { documentKind: 'debt-acknowledgment' })).toEqual(['error:zh-ack-reservation']);
  });

  it('lets a creditor who is a person name their personal account', () => {
    expect(ids('请汇入本人个人账户', { creditorIsPerson: true })).toEqual(['info:zh-personal-account']);
  });

  it('allows 刑法 第196条 wording only for a card debt of ¥50,000+ after two demands 30+ days apart', () => {
    const text = '持卡人经催收仍不归还的，可能构成恶意透支。';
    const card = (outstanding: string, demandDates: string[]) => ({ creditCard: { outstanding, demandDates } });
    expect(ids(text, card('60000.00', ['2025-01-02', '2025-02-01']))).toEqual([]);
    expect(ids(text, card('60000.00', ['2025-01-02', '2025-01-31']))).toContain('error:zh-criminal-accusation');
    expect(ids(text, card('49999.99', ['2025-01-02', '2025-03-01']))).toContain('error:zh-criminal-accusation');
    expect(ids(text)).toContain('error:zh-criminal-accusation');
  });

  it('flags a confirmation sent to a guarantor whose guarantee has lapsed', () => {
    const context = { documentKind: 'debt-acknowledgment', addresseeRole: 'guarantor' as const, guaranteeLapsed: true };
    expect(ids('保证人确认上述债务。', context)).toEqual(['error:zh-guarantor-lapsed']);
    expect(ids('保证人确认上述债务。', { ...context, guaranteeLapsed: false })).toEqual([]);
  });

  it('flags an interest rate above the cap: an error for a private loan, a warning otherwise', () => {
    expect(ids('借款年利率为24%', { annualRateCap: '0.12', debtKind: 'private-loan' })).toEqual(['error:interest-above-cap']);
    expect(ids('月利率2%', { annualRateCap: '0.12' })).toEqual(['warning:interest-above-cap']);
    expect(ids('年利率10%', { annualRateCap: '0.12', debtKind: 'private-loan' })).toEqual([]);
  });

  it('formats a finding with file, line and column', () => {
    const [finding] = checkWording('a\nb 你这个骗子');
    expect(formatFinding(finding!, 'x.txt')).toMatch(/^x\.txt:2:6 error zh-insult 「骗子」 /);
  });
});

describe('assertExportable', () => {
  const findings = checkWording('你这个老赖，另按日计收滞纳金');
  it('blocks on an error, not on a warning', () => {
    expect(() => assertExportable(findings)).toThrow(WordingBlockedError);
    expect(exportDecision(findings).blocking.map((f) => f.ruleId)).toEqual(['zh-insult']);
  });
  it('passes with an override that gives a reason, and returns it for the record', () => {
    const override = { ruleId: 'zh-insult', reason: '引用对方原话作为证据', by: 'lawyer' };
    expect(assertExportable(findings, [override, { ruleId: 'en-insult', reason: 'not needed here' }])).toEqual([override]);
  });
  it('refuses an override without a reason', () => {
    expect(() => assertExportable(findings, [{ ruleId: 'zh-insult', reason: ' ' }])).toThrow(OverrideReasonError);
  });
});
