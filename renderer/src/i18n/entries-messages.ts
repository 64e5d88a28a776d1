/** Evidence and mailings changed in place on the case screen, and the editor's refusal of a stale save (merged into `MESSAGES`). */
export const entriesZh = {
  chooseFiles: '选择文件…',
  chooseFile: '选择文件…',
  pendingFiles: '待添加的文件（{n} 个）：每个文件都会保留，请逐一填写证明目的。',
  addAllFiles: '添加这 {n} 个文件',
  dropFile: '不添加此文件',
  fileAdded: '已添加',
  evidenceFileN: '第 {n} 个文件：{name}',
  openPreview: '打开预览：{title}',
  previewOf: '预览：{title}',
  closePreview: '关闭',
  evidencePicture: '缩略图',
  originalOrCopy: '原件/复印件',
  evidenceActions: '操作',
  moveUp: '上移：{title}',
  moveDown: '下移：{title}',
  editEvidence: '修改',
  removeEvidence: '删除',
  removeEvidenceAsk: '删除证据“{title}”？文件仍保留，可在修改记录中撤销。',
  saveChanges: '保存修改',
  editMailing: '修改',
  mailingOf: '邮寄记录 {trackingNo}',
  linkLetter: '关联已保存的信件',
  linkLetterOf: '为 {trackingNo} 关联已保存的信件',
  link: '关联',
  noLetterChosen: '（选择信件）',
  'err.duplicate-tracking': '运单号 {trackingNo} 已用于另一条邮寄记录。',
} as const;

export const entriesEn: Record<keyof typeof entriesZh, string> = {
  chooseFiles: 'Choose files…',
  chooseFile: 'Choose a file…',
  pendingFiles: 'Files to add ({n}): every file is kept; say what each one proves.',
  addAllFiles: 'Add these {n} files',
  dropFile: 'Do not add this file',
  fileAdded: 'Added',
  evidenceFileN: 'File {n}: {name}',
  openPreview: 'Open a preview: {title}',
  previewOf: 'Preview: {title}',
  closePreview: 'Close',
  evidencePicture: 'Thumbnail',
  originalOrCopy: 'Original or copy',
  evidenceActions: 'Actions',
  moveUp: 'Move up: {title}',
  moveDown: 'Move down: {title}',
  editEvidence: 'Edit',
  removeEvidence: 'Remove',
  removeEvidenceAsk: 'Remove the evidence “{title}”? Its file is kept, and the history can bring it back.',
  saveChanges: 'Save changes',
  editMailing: 'Edit',
  mailingOf: 'Mailing {trackingNo}',
  linkLetter: 'Link a kept letter',
  linkLetterOf: 'Link a kept letter to {trackingNo}',
  link: 'Link',
  noLetterChosen: '(choose a letter)',
  'err.duplicate-tracking': 'Tracking number {trackingNo} is already used by another mailing.',
};

/** Their errors, by code (merged into error-messages.ts). */
export const entriesErrorsZh: Record<string, (p: Record<string, string | number>) => string> = {
  'entry-changed': () => '这一项在您查看后已被修改（可能在另一个窗口中）：请刷新案件后再试。未做任何改动。',
  'evidence-in-use': (p) => `证据“${p.title}”被 ${p.date} 的一条记录引用，不能删除：请先修改那条记录。`,
  'letter-not-kept': (p) => `“${p.name}”不是本案保存的信件。`,
  'tracking-taken': (p) => `运单号 ${p.trackingNo} 已用于本案另一条邮寄记录。未做任何改动。`,
  'case-changed': () =>
    '案件在您打开编辑器后已被修改（如证据、邮寄或催收记录）。为免覆盖那些修改，本次未保存：请取消编辑，重新打开后再改。',
};
export const entriesErrorsEn: Record<string, (p: Record<string, string | number>) => string> = {
  'entry-changed': () =>
    'This entry was changed after you opened it (perhaps in another window): reload the case and try again. Nothing was changed.',
  'evidence-in-use': (p) => `The evidence “${p.title}” is named by an entry of ${p.date}: change that entry before removing it.`,
  'letter-not-kept': (p) => `“${p.name}” is not a letter kept with this case.`,
  'tracking-taken': (p) =>
    `Tracking number ${p.trackingNo} is already used by another mailing of this case. Nothing was changed.`,
  'case-changed': () =>
    'The case was changed after you opened the editor (evidence, a mailing or the log). So as not to overwrite that, nothing was saved: cancel, open the editor again and redo your changes.',
};
