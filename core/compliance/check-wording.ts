import { SourceMap } from '../templates/source-map.js';
import type { Language } from '../util/language.js';
import { contextFindings } from './context-rules.js';
import { detect } from './detect.js';
import { categoryName, findingReason } from './reasons.js';
import { CROSS_RULES } from './rules-cross-sentence.js';
import { DOCUMENT_RULES, DOCUMENT_RULES_EN } from './rules-document.js';
import { EN_RULES } from './rules-en.js';
import { EN_IMPLIED_RULES } from './rules-en-implied.js';
import { ZH_RULES } from './rules-zh.js';
import { ZH_IMPLIED_RULES } from './rules-zh-implied.js';
import { addSegmenterWords } from './segment-zh.js';
import { sentences } from './text-units.js';
import { ZH } from './lexicon-zh.js';
import { ZH_IMPLIED } from './lexicon-zh-implied.js';
import type { CategoryRule, Finding, WordingContext } from './types.js';

const ZH_ALL: readonly CategoryRule[] = [...ZH_RULES, ...ZH_IMPLIED_RULES, ...DOCUMENT_RULES];
const EN_ALL: readonly CategoryRule[] = [...EN_RULES, ...EN_IMPLIED_RULES, ...DOCUMENT_RULES_EN];
export const WORDING_RULES: readonly CategoryRule[] = [...ZH_ALL, ...EN_ALL];

// The lexicons' plain words become dictionary words of the segmenter.
addSegmenterWords([...Object.values(ZH), ...Object.values(ZH_IMPLIED)].flatMap((concept) => concept.source.split('|')));

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

/**
 * Every place where the text uses wording a collection letter must not use, in the order they appear, with
 * its category and rule. Chinese and English rules both run: a letter may quote the other language.
 */
export function checkWording(text: string, context: WordingContext = {}): Finding[] {
  const map = new SourceMap(text);
  const units = sentences(text);
  const sentenceAt = (index: number) => {
    const unit = units.findLast((u) => u.start <= index) ?? { text: '', start: 0 };
    return { text: unit.text, start: unit.start };
  };
  const raw = [...detect(text, ZH_ALL, EN_ALL, context, units, CROSS_RULES), ...contextFindings(text, context)];
  return raw
    .map((f) => ({ ...f, ...map.position(f.index), sentence: sentenceAt(f.index) }))
    .sort((a, b) => a.index - b.index || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** One line per finding: `x.txt:3:12 error 骚扰 zh-harassment-presence 「…」 reason (source)`. */
export function formatFinding(finding: Finding, file: string | undefined, language: Language): string {
  const where = `${file ? `${file}:` : ''}${finding.line}:${finding.column}`;
  const severity = language === 'zh' ? { error: '错误', warning: '警告', info: '提示' }[finding.severity] : finding.severity;
  return `${where} ${severity} [${categoryName(finding.category, language)}] ${finding.ruleId} 「${finding.words}」 ${findingReason(finding, language)} (${finding.source})`;
}
