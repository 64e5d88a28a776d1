import { enConcept, zhConcept as c } from './concepts.js';
import { isAcknowledgment } from './context-rules.js';
import type { CategoryRule } from './types.js';

/** Words that are wrong for the kind of document rather than abusive. */
export const DOCUMENT_RULES: readonly CategoryRule[] = [
  {
    id: 'zh-late-fee-term',
    category: 'document',
    severity: 'warning',
    all: [c('滞纳金')],
    unless: [/不包括[^。]{0,12}滞纳金|滞纳金等发卡银行/],
    source: '行政强制法 第45条；民法典 第585条',
  },
  {
    id: 'zh-ack-reservation',
    category: 'document',
    severity: 'warning',
    all: [
      c(
        '仅确认收到',
        '仅供核对',
        '仅供参考',
        '仅为(对账|核对)',
        '不代表(认可|承认|同意|确认)',
        '不作为(还款|付款)?(承诺|依据)',
        '不构成(对[^。]{0,6})?(承认|确认)',
        '不同意(还款|付款)',
        '(不|并不|不能|不应|不得)(代表|意味着|等于|视为|表示|构成|作为)[^，。]{0,8}(认可|承认|同意|确认|依据|证据|承诺)',
        '仅(表示|为|用于|供)[^，。]{0,8}(已阅|阅读|收到|对账|核对|之用|参考)',
      ),
    ],
    negatable: false,
    severityIn: (context) => (isAcknowledgment(context) ? 'error' : 'warning'),
    source: '诉讼时效规定 第14条、第19条',
  },
];

/** English words wrong for the kind of document: a reservation that empties an acknowledgment. */
export const DOCUMENT_RULES_EN: readonly CategoryRule[] = [
  {
    id: 'en-ack-reservation',
    category: 'document',
    severity: 'warning',
    all: [
      enConcept(
        "(?:does not|doesn't|do not|don't|is not|isn't|shall not|will not|won't) (?:mean|constitute|amount to|count as|imply|be taken as|signify)[^.;]{0,30}(?:accept|admi(?:t|ssion)|acknowledg|agree|liab)\\w*",
        'without (?:any )?admission of liability',
        "(?:is not|isn't|does not constitute|shall not be|is given without prejudice and is not) an? (?:admission|acknowledg(?:e)?ment)",
        'without prejudice',
        'for (?:information|reference|reconciliation) (?:purposes )?only',
      ),
    ],
    negatable: false,
    severityIn: (context) => (isAcknowledgment(context) ? 'error' : 'warning'),
    source: 'Limitation Act 1980 s.29(5), s.30 (an acknowledgment admits the claim in writing); US: the state limitation statute',
  },
];
