/** The sender choice of the batch-letters dialog, in Chinese and English (merged into `MESSAGES`). */
export const batchSenderZh = {
  batchSenderNone: '设置中的信头（不自动编号）',
  batchSenderNumbers: '每份函件依次取该主体的下一个函号（如 {next}）。',
  batchSenderPattern: '已填函号格式：按格式编号，不取该主体的函号序列。',
};

export const batchSenderEn: Record<keyof typeof batchSenderZh, string> = {
  batchSenderNone: 'The letterhead in Settings (no numbering)',
  batchSenderNumbers: 'Each letter takes this sender’s next letter number in turn (such as {next}).',
  batchSenderPattern: 'A number pattern is filled in: letters are numbered by it, not by the sender’s run.',
};
