import { SourceMap } from '../templates/source-map.js';
import type { Language } from '../util/language.js';
import { contextFindings } from './context-rules.js';
import { detect, type RawFinding } from './detect.js';
import { modelFindings } from './model.js';
import { normalizeForGuard } from './normalize.js';
import { quoteSpan } from './quote.js';
import { categoryName, findingReason } from './reasons.js';
import { CROSS_RULES } from './rules-cross-sentence.js';
import { EN_ALL, ZH_ALL } from './rule-sets.js';
import { sentences } from './text-units.js';
import type { Finding, WordingContext } from './types.js';

export { WORDING_RULES } from './rule-sets.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

/**
 * Every place where the text uses wording a collection letter must not use, in the order they appear, with
 * its category and rule. Chinese and English rules both run: a letter may quote the other language. Then the
 * learnt layer (model.ts) reads the sentences the rules neither found nor cleared; `layers.learnt: false` runs
 * the rules alone (for the bench's comparison).
 */
export function checkWording(input: string, context: WordingContext = {}, layers = { learnt: true }): Finding[] {
  // The guard reads the normalised text (normalize.ts); findings point into the text as written.
  const normalized = normalizeForGuard(input);
  const text = normalized.text;
  const map = new SourceMap(input);
  const units = sentences(text);
  const shown = text === input ? units : sentences(input);
  const located = (f: RawFinding): Finding => {
    const start = normalized.original(f.index);
    const unit = shown.findLast((u) => u.start <= start) ?? { text: input, start: 0 };
    const sentence = { text: unit.text, start: unit.start };
    if (f.words === '') return { ...f, ...map.position(start), sentence };
    const end = Math.min(normalized.original(f.index + f.words.length - 1) + 1, unit.start + unit.text.length);
    const quote = quoteSpan(unit.text, start - unit.start, Math.max(end, start + 1) - unit.start);
    const index = unit.start + quote.start;
    return { ...f, words: unit.text.slice(quote.start, quote.end), index, ...map.position(index), sentence };
  };
  // The learnt layer reads the sentences where no rule found an error or cleared one (rules OR model).
  const skip = new Set<number>();
  const ruled = [...detect(text, ZH_ALL, EN_ALL, context, units, CROSS_RULES, skip), ...contextFindings(text, context)];
  for (const f of ruled) if (f.severity === 'error' && f.words !== '') skip.add(units.findLastIndex((u) => u.start <= f.index));
  const raw = layers.learnt ? [...ruled, ...modelFindings(units, context, skip)] : ruled;
  return raw.map(located).sort((a, b) => a.index - b.index || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** One line per finding: `x.txt:3:12 error 骚扰 zh-harassment-presence 「…」 reason (source)`. */
export function formatFinding(finding: Finding, file: string | undefined, language: Language): string {
  const where = `${file ? `${file}:` : ''}${finding.line}:${finding.column}`;
  const severity = language === 'zh' ? { error: '错误', warning: '警告', info: '提示' }[finding.severity] : finding.severity;
  return `${where} ${severity} [${categoryName(finding.category, language)}] ${finding.ruleId} 「${finding.words}」 ${findingReason(finding, language)} (${finding.source})`;
}
