/** The kinds of timeline record a user adds or picks by hand (the others come from letters and mailings). */
export const EVENT_KINDS = [
  'call',
  'sms',
  'visit',
  'letter',
  'promise-to-pay',
  'note',
  'acknowledged',
  'demand-sent',
  'demand-delivered',
  'public-notice',
  'suit-filed',
] as const;

/** Kinds whose effect on limitation depends on whether the debtor agreed to perform (诉讼时效规定 第19条). */
export const ASKS_AGREEMENT: ReadonlySet<string> = new Set(['acknowledged', 'demand-delivered']);
