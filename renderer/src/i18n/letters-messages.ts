/** Settings › Senders and the letter choices on the case screen, in Chinese and English (merged into `MESSAGES`). */
export const lettersZh = {
  senders: '发函主体与信头',
  sendersHint:
    '每个发函主体有自己的信头和函号序列：催款函用债权人自己的信头，律师函用律师事务所的信头（须有承办律师及执业证号）。函号按年度自动编号，导出时登记，不会重复。',
  sendersNone: '尚未添加。未添加时，函件使用上方“信头”及“律师事务所与律师”中的内容。',
  senderKind: '类型',
  'senderKind.creditor': '债权人自己',
  'senderKind.law-firm': '律师事务所',
  senderName: '名称（印在信头）',
  senderLines: '地址（每行一项）',
  senderPhone: '电话',
  senderLawyer: '承办律师',
  senderLicense: '执业证号',
  senderPrefix: '函号前缀',
  senderPrefixHint: '如 申衡律函，函号即为 申衡律函〔2026〕第001号',
  senderAdd: '添加发函主体',
  senderSave: '保存发函主体',
  senderEdit: '修改',
  senderRemove: '删除',
  senderCancel: '取消',
  senderRemoveConfirm: '删除发函主体“{name}”？已发出函件的函号记录会保留。',
  letterSender: '发函主体',
  letterSenderSettings: '设置中的信头',
  letterDate: '函件日期',
  letterDeadline: '付款期限（截止日）',
  letterNoAuto: '函号（自动编号，可修改）',
  exportedAs: '已导出：{file}',
  exportedSavedAs: '已保存到 {path}',
  openFile: '打开',
  showInFolder: '在文件夹中显示',
  printFile: '打印',
  // The page stamp of an evidence bundle, named in the interface's language.
  'stamp.zh': '中文页码（第 N 页 共 M 页）',
  'stamp.en': '英文页码',
  'stamp.bates': '连续编号（000001 起）',
  pdfPreview: '文书预览',
} as const;

export const lettersEn: Record<keyof typeof lettersZh, string> = {
  senders: 'Senders and letterheads',
  sendersHint:
    "Each sender has its own letterhead and its own run of reference numbers: a demand letter goes out on the creditor's letterhead, a lawyer's letter on the law firm's (with the lawyer who acts and their licence number). Numbers run by year, are recorded when a letter is exported, and are never given twice.",
  sendersNone: 'None added. Until one is, letters use the Letterhead and the Firm and lawyer above.',
  senderKind: 'Kind',
  'senderKind.creditor': 'The creditor itself',
  'senderKind.law-firm': 'Law firm',
  senderName: 'Name (printed on the letterhead)',
  senderLines: 'Address (one line each)',
  senderPhone: 'Phone',
  senderLawyer: 'Lawyer acting',
  senderLicense: 'Licence number',
  senderPrefix: 'Reference prefix',
  senderPrefixHint: 'Printed before the year and the running number of each reference',
  senderAdd: 'Add a sender',
  senderSave: 'Save sender',
  senderEdit: 'Edit',
  senderRemove: 'Remove',
  senderCancel: 'Cancel',
  senderRemoveConfirm: 'Remove the sender “{name}”? The record of references already issued is kept.',
  letterSender: 'Sender',
  letterSenderSettings: 'Letterhead from Settings',
  letterDate: 'Letter date',
  letterDeadline: 'Pay by',
  letterNoAuto: 'Reference (numbered automatically; can be changed)',
  exportedAs: 'Exported: {file}',
  exportedSavedAs: 'Saved to {path}',
  openFile: 'Open',
  showInFolder: 'Show in folder',
  printFile: 'Print',
  'stamp.zh': 'Page numbers in Chinese',
  'stamp.en': 'Page N of M',
  'stamp.bates': 'Bates numbers (CP000001)',
  pdfPreview: 'Document preview',
};

type Params = Record<string, string | number>;

export const lettersErrorsZh = {
  'letter-no-taken': (p: Params) =>
    `函号 ${p.letterNo} 已用于案件 ${p.caseId} 的函件，不能重复使用。下一个可用函号为 ${p.nextNo}。`,
  'letter-deadline-range': (p: Params) => `付款期限 ${p.deadline} 须在函件日期 ${p.date} 之后的 1 至 365 天内。`,
};
export const lettersErrorsEn = {
  'letter-no-taken': (p: Params) =>
    `The reference ${p.letterNo} is already on a letter of case ${p.caseId} and cannot be used twice. The next free reference is ${p.nextNo}.`,
  'letter-deadline-range': (p: Params) => `The pay-by date ${p.deadline} must be 1 to 365 days after the letter date ${p.date}.`,
};
