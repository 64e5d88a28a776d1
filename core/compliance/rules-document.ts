import { zhConcept as c } from './concepts.js';
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
      ),
    ],
    negatable: false,
    severityIn: (context) => (isAcknowledgment(context) ? 'error' : 'warning'),
    source: '诉讼时效规定 第14条、第19条',
  },
];
