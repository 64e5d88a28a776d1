import { describe, expect, it } from 'vitest';
import { summarise } from '../../core/api/case-summary.js';
import { makeCase } from '../../core/calc/case-fixture.js';
import type { CaseFileInput } from '../../core/case/schema.js';
import { deskStepCases } from './desk-steps.cases.js';

const row = { id: 1, title: 'test case', locale: 'zh-CN', currency: 'CNY', debtor: '张三', contractNumber: null, updatedAt: '' };

describe('legal corpus: the desk reaches suit and enforcement (民法典 第944条; 民事诉讼法 第247、250、264条)', () => {
  it.each(deskStepCases.map((c) => [`${c.id} (${c.article})`, c] as const))('%s', (_, c) => {
    const summary = summarise({
      row,
      document: JSON.stringify(makeCase(c.case as Partial<CaseFileInput>)),
      stored: undefined,
      asOf: c.asOf,
    });
    expect(summary.problem).toBeNull();
    const { group, stage, nextStep, nextDueOn, due, daysOverdue } = summary;
    expect({ group, stage, nextStep, nextDueOn, due, daysOverdue }).toEqual({
      group: c.expect.group,
      stage: c.expect.stage,
      nextStep: c.expect.nextStep,
      nextDueOn: c.expect.nextDueOn,
      due: c.expect.due,
      daysOverdue: c.expect.daysOverdue,
    });
    if (c.expect.dueBy !== undefined) expect(summary.dueBy).toEqual(c.expect.dueBy);
    if (c.expect.owed) {
      const { owedUnder, outstanding, total } = summary;
      expect({ owedUnder, outstanding, total }).toEqual(c.expect.owed);
    }
    if (c.expect.deadlines)
      expect(
        summary.deadlines.map((d) => ({ kind: d.kind, rule: d.rule, expiresOn: d.expiresOn, daysLeft: d.daysLeft })),
      ).toEqual(c.expect.deadlines);
  });
});
