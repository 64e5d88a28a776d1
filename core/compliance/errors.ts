import { CasePackError } from '../errors.js';
import { findingReason } from './reasons.js';
import type { Finding } from './types.js';

/** A letter has error findings that no override covers: it may not be exported. */
export class WordingBlockedError extends CasePackError {
  override name = 'WordingBlockedError';
  constructor(readonly blocking: readonly Finding[]) {
    super(
      `${blocking.length} wording error(s) block the export:\n` +
        blocking
          .map((f) => `  ${f.line}:${f.column} ${f.ruleId} 「${f.words}」 — ${findingReason(f, 'en')} (${f.source})`)
          .join('\n') +
        '\nchange the wording, or override each rule with a recorded reason',
    );
  }
}

/** An override without a reason: the reason is what makes it a decision rather than a click. */
export class OverrideReasonError extends CasePackError {
  override name = 'OverrideReasonError';
}
