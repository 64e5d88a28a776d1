import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainCase } from '../../core/calc/calculate-case.js';
import { makeCase } from '../../core/calc/case-fixture.js';
import { RULE_ARTICLES, type RuleCode } from '../../core/limitation/rules.js';
import { englishCases } from './english.cases.js';
import { guaranteeCases, maximumGuaranteeCases } from './guarantee.cases.js';
import { interruptionCases } from './interruption.cases.js';
import type { LegalCase } from './legal-case.js';
import { perDebtCases } from './per-debt.cases.js';
import { periodEndCases } from './period-end.cases.js';
import { revivalCases } from './revival.cases.js';
import { suspensionCapCases } from './suspension-cap.cases.js';

const groups: Record<string, LegalCase[]> = {
  'period ends (民法典 188, 201–203)': periodEndCases,
  'interruption (民法典 195; 时效规定 8, 10, 14)': interruptionCases,
  'revival (时效规定 19)': revivalCases,
  'limitation per debt (时效规定 9, 14; 民法典 189)': perDebtCases,
  'suspension and the twenty-year limit (民法典 194, 188(2))': suspensionCapCases,
  'guarantors (民法典 686, 692–694, 701; 担保解释 34)': guaranteeCases,
  '最高额保证 (民法典 690; 担保解释 30)': maximumGuaranteeCases,
  'England and Wales (Limitation Act 1980)': englishCases,
};
const all = Object.values(groups).flat();

for (const [group, cases] of Object.entries(groups))
  describe(group, () => {
    it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, legal) => {
      const data = makeCase(legal.case);
      const limitation = explainCase(data, legal.asOf).limitation;
      legal.parties.forEach((want, party) => {
        const got = limitation[party]!;
        expect(got.expiresOn, `party ${party} date`).toBe(want.expiresOn);
        if (want.rule) expect([got.rule, got.article], `party ${party} rule`).toEqual([want.rule, RULE_ARTICLES[want.rule]]);
        if (want.claims) expect(Object.fromEntries(got.claims.map((c) => [c.claim, c.expiresOn]))).toEqual(want.claims);
        if (want.expired !== undefined) expect(got.expired, `party ${party} expired`).toBe(want.expired);
        expect(got.guaranteeLapsed, `party ${party} lapsed`).toEqual(want.lapsed ? { periodEnd: want.lapsed } : null);
        // 民法典 第192、193条: every expired date says the court does not raise it of its own motion (English reasons here).
        if (got.expired && data.locale === 'zh-CN') expect(got.notes.join('\n')).toContain('Civil Code arts. 192(1) and 193');
      });
    });
  });

describe('the corpus', () => {
  it('has at least 60 cases, each id once', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it('tests every rule that decides a date', () => {
    const tested = new Set(all.flatMap((c) => c.parties.map((p) => p.rule)));
    const untested = (Object.keys(RULE_ARTICLES) as RuleCode[]).filter(
      (r) => !tested.has(r) && r !== 'all-paid' && r !== 'no-rules',
    );
    expect(untested).toEqual([]);
  });

  it('is listed case by case in docs/calculations.md', () => {
    const doc = readFileSync(new URL('../../docs/calculations.md', import.meta.url), 'utf8');
    expect(all.map((c) => c.id).filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
  });
});
