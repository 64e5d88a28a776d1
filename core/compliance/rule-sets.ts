import { COURT_PAPER_RULES_EN, COURT_PAPER_RULES_ZH } from './rules-court-papers.js';
import { DOCUMENT_RULES, DOCUMENT_RULES_EN } from './rules-document.js';
import { EN_RULES } from './rules-en.js';
import { EN_IMPLIED_RULES } from './rules-en-implied.js';
import { ZH_RULES } from './rules-zh.js';
import { ZH_IMPLIED_RULES } from './rules-zh-implied.js';
import { addSegmenterWords } from './segment-zh.js';
import { ZH } from './lexicon-zh.js';
import { ZH_IMPLIED } from './lexicon-zh-implied.js';
import type { CategoryRule } from './types.js';

/** The hand-written rules, by the language of the sentences they run on. */
export const ZH_ALL: readonly CategoryRule[] = [...ZH_RULES, ...ZH_IMPLIED_RULES, ...DOCUMENT_RULES, ...COURT_PAPER_RULES_ZH];
export const EN_ALL: readonly CategoryRule[] = [...EN_RULES, ...EN_IMPLIED_RULES, ...DOCUMENT_RULES_EN, ...COURT_PAPER_RULES_EN];
export const WORDING_RULES: readonly CategoryRule[] = [...ZH_ALL, ...EN_ALL];

// The lexicons' plain words become dictionary words of the segmenter.
addSegmenterWords([...Object.values(ZH), ...Object.values(ZH_IMPLIED)].flatMap((concept) => concept.source.split('|')));
