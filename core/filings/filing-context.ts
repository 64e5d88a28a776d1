import type { CaseFile, Filing } from '../case/schema.js';
import type { Statement } from '../calc/statement-types.js';
import { numberEvidence } from '../exhibits/exhibit-entry.js';
import { formatCents, parseCents } from '../money/cents.js';
import type { TemplateValue } from '../templates/values.js';
import { judgmentContext } from './judgment-context.js';
import { preservationContext } from './preservation-context.js';

/** 案由 of each element-style complaint (要素式起诉状, 2024 model texts). */
const CASE_TYPE_NAMES: Record<NonNullable<Filing['caseType']>, string> = {
  'sale-of-goods': '买卖合同纠纷',
  'financial-loan': '金融借款合同纠纷',
  'credit-card': '银行信用卡纠纷',
  'property-service': '物业服务合同纠纷',
  'private-loan': '民间借贷纠纷',
};

/** Why the chosen court may hear the case, with the article of 民事诉讼法 (2023) it rests on. */
const COURT_BASIS_TEXTS: Record<NonNullable<Filing['courtBasis']>, string> = {
  agreed: '合同约定由该院管辖（民事诉讼法 第三十五条）',
  'defendant-domicile': '被告住所地人民法院（民事诉讼法 第二十二条、第二十四条）',
  'place-of-performance': '合同履行地人民法院（民事诉讼法 第二十四条）',
};

/**
 * What a filing template reads beyond a letter's data: the court and service details the user chose (never
 * guessed: a case without them gives `filing: null`, a field not chosen null, which the templates that need it
 * name as missing), the evidence numbered as the evidence bundle numbers its
 * 证据目录 (numberEvidence), and the debtor's acknowledgments.
 */
export function filingContext(data: CaseFile, statement: Statement): Record<string, TemplateValue> {
  const filing = data.filing;
  const costs = filing?.enforcementCosts;
  const claimTotal = filingClaimTotal(data, statement);
  return {
    filing: filing
      ? {
          caseType: filing.caseType ?? null,
          caseTypeName: filing.caseType ? CASE_TYPE_NAMES[filing.caseType] : null,
          court: filing.court ?? null,
          courtBasis: filing.courtBasis ?? null,
          courtBasisText: filing.courtBasis ? COURT_BASIS_TEXTS[filing.courtBasis] : null,
          jurisdictionClause: filing.jurisdictionClause ?? null,
          serviceAddress: filing.serviceAddress ?? null,
          electronicService: filing.electronicService ?? null,
          enforcementCosts: costs ?? null,
          preservedBeforeSuit: filing.preservedBeforeSuit ?? null,
          claimTotal: formatCents(claimTotal),
          agentAuthority: filing.agentAuthority ?? null,
          preservation: filing.preservation ? preservationContext(filing.preservation, claimTotal) : null,
        }
      : null,
    judgment: filing?.judgment ? judgmentContext(filing.judgment, statement.asOf) : null,
    evidence: numberEvidence(data.evidence).map((e) => ({
      number: e.number,
      title: e.title,
      source: e.source || null,
      purpose: e.purpose,
      original: e.original,
    })),
    acknowledgments: data.events
      .filter((e) => e.kind === 'acknowledged')
      .map((e) => ({ date: e.date, note: e.note ?? null, party: e.party ?? null })),
  };
}

/** 标的总额: what the statement shows owed, plus the costs of enforcing the claim where they are claimed. */
export function filingClaimTotal(data: CaseFile, statement: Statement): bigint {
  const costs = data.filing?.enforcementCosts;
  return statement.total + (costs ? parseCents(costs) : 0n);
}
