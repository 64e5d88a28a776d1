/** Each rule that can decide a limitation date, with the article it rests on (docs/calculations.md). */
export const RULE_ARTICLES = {
  'prc-three-years': '民法典 第188条 第1款',
  'prc-interrupted': '民法典 第195条',
  'prc-revived': '诉讼时效规定 第19条',
  'prc-suit': '民法典 第195条 第3项',
  'prc-suspended': '民法典 第194条',
  'prc-twenty-years': '民法典 第188条 第2款',
  'prc-guarantee-demand-by': '民法典 第693条 第2款',
  'prc-guarantee-sue-by': '民法典 第693条 第1款',
  'prc-guarantee-lapsed-joint': '民法典 第693条 第2款',
  'prc-guarantee-lapsed-general': '民法典 第693条 第1款',
  'prc-guarantee-demanded': '民法典 第694条 第2款',
  'prc-guarantee-sued': '民法典 第694条 第1款',
  'prc-guarantor-principal': '民法典 第701条; 诉讼时效规定 第18条',
  'en-six-years': 'Limitation Act 1980 s.5',
  'en-accrued-afresh': 'Limitation Act 1980 s.29(5)',
  'en-claim-issued': 'Limitation Act 1980 s.5',
  'prc-maximum-none-guaranteed': '民法典 第690条',
  'all-paid': '',
  'no-rules': '',
} as const;

export type RuleCode = keyof typeof RULE_ARTICLES;

export const articleOf = (rule: RuleCode): string => RULE_ARTICLES[rule];
