import { SourceMap } from '../templates/source-map.js';
import { contextFindings } from './context-rules.js';
import { isNegated } from './negation.js';
import { EN_RULES } from './rules-en.js';
import { ZH_RULES } from './rules-zh.js';
import type { Finding, WordingContext, WordingRule } from './types.js';

export const WORDING_RULES: readonly WordingRule[] = [...ZH_RULES, ...EN_RULES];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

/**
 * Every place where the text uses words a collection letter must not use, in the order they appear. Both
 * Chinese and English rules run on every text: a letter may quote the other language.
 */
export function checkWording(text: string, context: WordingContext = {}): Finding[] {
  const map = new SourceMap(text);
  const findings: Finding[] = [];
  const locate = (index: number) => map.position(index);
  for (const rule of WORDING_RULES) {
    const severity = rule.severityIn?.(context) ?? rule.severity;
    for (const pattern of rule.patterns)
      for (const match of text.matchAll(pattern)) {
        const words = match[0];
        if (isNegated(text, match.index) || rule.exempt?.(context, words)) continue;
        findings.push({
          ruleId: rule.id,
          severity,
          words,
          index: match.index,
          ...locate(match.index),
          why: rule.why,
          source: rule.source,
        });
      }
  }
  for (const f of contextFindings(text, context)) findings.push({ ...f, ...locate(f.index) });
  return findings.sort((a, b) => a.index - b.index || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** One line per finding, for the CLI and logs: `3:12 error zh-harassment 「去你单位闹」 why (source)`. */
export function formatFinding(finding: Finding, file?: string): string {
  const where = `${file ? `${file}:` : ''}${finding.line}:${finding.column}`;
  return `${where} ${finding.severity} ${finding.ruleId} 「${finding.words}」 ${finding.why} (${finding.source})`;
}
