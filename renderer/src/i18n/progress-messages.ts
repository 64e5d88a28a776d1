/** What a running bundle, backup or restore says of its progress, in Chinese and English (merged into `MESSAGES`). */
export const progressZh = {
  'bundleProgress.starting': '正在准备…',
  'bundleProgress.reading': '正在读取文件 {count} / {of}',
  'bundleProgress.placing': '正在排版 第 {count} / {of} 页',
  'bundleProgress.writing': '正在写入 PDF（共 {of} 页）',
};

export const progressEn: Record<keyof typeof progressZh, string> = {
  'bundleProgress.starting': 'Getting ready…',
  'bundleProgress.reading': 'Reading files {count} / {of}',
  'bundleProgress.placing': 'Placing pages {count} / {of}',
  'bundleProgress.writing': 'Writing the PDF ({of} pages)',
};
