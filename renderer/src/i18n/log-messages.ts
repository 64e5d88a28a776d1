/** The collection log: contacts, their outcome, editing and removing an entry (merged into `MESSAGES`). */
export const logZh = {
  collectionLog: '催收记录',
  logIntro: '电话、短信、上门和还款承诺：每次修改或删除都会留下修改记录，可撤销。',
  noContacts: '还没有催收记录。',
  addContact: '添加记录',
  editEntry: '修改',
  removeEntry: '删除',
  removeAsk: '删除这条记录？删除后可在修改记录中撤销。',
  saveEntry: '保存',
  outcome: '结果',
  'outcome.none': '未记录',
  'outcome.reached': '已联系上本人',
  'outcome.no-answer': '无人接听',
  'outcome.left-message': '已留言',
  'outcome.promised': '承诺还款',
  'outcome.refused-to-pay': '拒绝还款',
  'outcome.disputed': '对欠款有异议',
  'outcome.wrong-contact': '联系方式有误',
} as const;

export const logEn: Record<keyof typeof logZh, string> = {
  collectionLog: 'Collection log',
  logIntro: 'Calls, messages, visits and promises to pay: every change or removal is kept in the history and can be undone.',
  noContacts: 'No contacts recorded yet.',
  addContact: 'Add an entry',
  editEntry: 'Edit',
  removeEntry: 'Remove',
  removeAsk: 'Remove this entry? It can be brought back from the history.',
  saveEntry: 'Save',
  outcome: 'Outcome',
  'outcome.none': 'Not recorded',
  'outcome.reached': 'Reached the debtor',
  'outcome.no-answer': 'No answer',
  'outcome.left-message': 'Left a message',
  'outcome.promised': 'Promised to pay',
  'outcome.refused-to-pay': 'Refused to pay',
  'outcome.disputed': 'Disputes the debt',
  'outcome.wrong-contact': 'Wrong number or address',
};

/** The collection log's errors, by code (merged into error-messages.ts). */
export const logErrorsZh: Record<string, () => string> = {
  'log-entry-changed': () => '这条记录在您查看后已被修改（可能在另一个窗口中）：请刷新案件后再试。未做任何改动。',
};
export const logErrorsEn: Record<string, () => string> = {
  'log-entry-changed': () =>
    'This entry was changed after you opened it (perhaps in another window): reload the case and try again. Nothing was changed.',
};
