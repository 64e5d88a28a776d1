import { OverrideReasonError, WordingBlockedError } from './errors.js';
import type { Finding, Override } from './types.js';

export interface ExportDecision {
  /** Error findings that no override covers. */
  blocking: Finding[];
  /** The overrides that were needed, to be recorded beside the exported letter. */
  applied: Override[];
}

const MIN_REASON = 5;

/** Which errors still block an export, and which overrides were used. An override covers every finding of its rule. */
export function exportDecision(findings: readonly Finding[], overrides: readonly Override[] = []): ExportDecision {
  for (const o of overrides)
    if (o.reason.trim().length < MIN_REASON)
      throw new OverrideReasonError(
        `override of ${o.ruleId}: give a reason of at least ${MIN_REASON} characters; it is recorded with the letter`,
      );
  const errors = findings.filter((f) => f.severity === 'error');
  const blocking = errors.filter((f) => !overrides.some((o) => o.ruleId === f.ruleId));
  const applied = overrides.filter((o) => errors.some((f) => f.ruleId === o.ruleId));
  return { blocking, applied };
}

/** Throws WordingBlockedError unless every error finding is overridden with a reason; returns the overrides to record. */
export function assertExportable(findings: readonly Finding[], overrides: readonly Override[] = []): Override[] {
  const { blocking, applied } = exportDecision(findings, overrides);
  if (blocking.length > 0) throw new WordingBlockedError(blocking);
  return applied;
}
