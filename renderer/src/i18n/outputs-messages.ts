/** The documents kept with a case (letters, evidence bundles, courier bundles), in Chinese and English (merged into `MESSAGES`). */
export const outputsZh = {
  outputs: '已存文件',
  outputsNone: '尚未生成文件。导出的函件、证据材料和邮寄凭证会自动保存在这里。',
  outputsMadeAt: '生成时间',
  outputsKind: '文件',
  outputsFile: '文件名',
  outputsLetterNo: '函号',
  outputsVersion: '模板版本',
  outputsMadeBy: '制作人',
  outputsHash: '校验值（SHA-256）',
  outputsPreview: '预览',
  outputsClosePreview: '关闭预览',
  outputsExport: '再次导出',
  outputsSame: '与生成时的文件完全相同（校验值一致）。',
  'outputs.kind.letter': '函件',
  'outputs.kind.evidence-bundle': '证据材料',
  'outputs.kind.courier-bundle': '邮寄凭证材料',
  outputsMailing: '邮件 {mailing}',
  // The fields a tracking result names when the file's own column is not at hand (core/mailing/apply-tracking.ts).
  'field.trackingNo': '邮件号',
  'field.date': '日期',
} as const;

export const outputsEn: Record<keyof typeof outputsZh, string> = {
  outputs: 'Kept documents',
  outputsNone: 'No documents made yet. Exported letters, evidence bundles and courier bundles are kept here.',
  outputsMadeAt: 'Made',
  outputsKind: 'Document',
  outputsFile: 'File name',
  outputsLetterNo: 'Letter number',
  outputsVersion: 'Template version',
  outputsMadeBy: 'Made by',
  outputsHash: 'SHA-256',
  outputsPreview: 'Preview',
  outputsClosePreview: 'Close preview',
  outputsExport: 'Export again',
  outputsSame: 'The very file made then (its SHA-256 matches).',
  'outputs.kind.letter': 'Letter',
  'outputs.kind.evidence-bundle': 'Evidence bundle',
  'outputs.kind.courier-bundle': 'Courier bundle',
  outputsMailing: 'mailing {mailing}',
  'field.trackingNo': 'Tracking number',
  'field.date': 'Date',
};

/** Errors of the kept documents, by code. */
export const outputsErrorsZh = {
  'output-missing': () => '该案件没有这份已存文件，请刷新页面。',
};
export const outputsErrorsEn: Record<keyof typeof outputsErrorsZh, () => string> = {
  'output-missing': () => 'This case keeps no such document; reload the page.',
};
