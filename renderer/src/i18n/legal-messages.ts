/** The en-GB filings (particulars of claim, the County Court issue fee), the rate-file import, the batch import's acknowledgment columns and a guarantee's cap, in Chinese and English (merged into `MESSAGES`). */
export const legalZh = {
  issueFeeTitle: '郡法院立案费（Civil Proceedings Fees Order 2008 附表1 第1.1项，纸质起诉）',
  issueFeeClaim: '请求金额（本金、计至 {date} 的利息及固定补偿金）',
  issueFee: '立案费',
  issueFeePercent: '立案费（请求金额的 {percent}%，向下取整到便士）',
  issueFeeTable: '所用费用表：自 {date} 起适用。来源：{source}',
  issueFeeToCheck: '该费用表尚待与现行官方附表1核对（费用会调整），使用前请核实。',
  englandCourt: '英格兰及威尔士郡法院的金钱请求：案号由法院在立案时填写。',
  rateImport: '从文件导入…',
  rateImportHint:
    '也可导入 CSV 文件（与命令行导入利率的格式相同）：第一行为“日期、利率、来源”三列的列名（利率以 % 计），此后每行一个数值，导入到所选的利率种类；任何一行有误则全部不导入。',
  rateImported: '已从 {file} 导入 {count} 个数值（{series}）。',
  'ed.guaranteeMaxAmount': '保证责任最高限额',
  'ed.guaranteeMaxAmountHint': '合同未约定限额的留空',
  'field.acknowledgedOn': '债务确认/签收日期',
  'field.acknowledgmentKind': '确认方式（债务确认或签收催款函）',
  'field.agreesToPerform': '是否同意履行',
  'problem.acknowledgment-kind-unknown': '应为“债务确认”或“签收催款函”',
  'problem.agrees-unknown': '应为“是”或“否”',
  'problem.acknowledgment-no-date': '写明了确认方式或是否同意履行，但没有确认日期',
} as const;

export const legalEn: Record<keyof typeof legalZh, string> = {
  issueFeeTitle: 'County Court issue fee (Civil Proceedings Fees Order 2008, Schedule 1, fee 1.1, paper claim)',
  issueFeeClaim: 'Amount claimed (the debt, interest to {date} and fixed sums)',
  issueFee: 'Issue fee',
  issueFeePercent: 'Issue fee ({percent}% of the amount claimed, rounded down to the penny)',
  issueFeeTable: 'Fee table used: applies from {date}. Source: {source}',
  issueFeeToCheck:
    'This fee table is still to be checked against the current official Schedule 1 (fees change): verify it before relying on it.',
  englandCourt: 'A County Court money claim in England and Wales: the court fills in the claim number when it issues the claim.',
  rateImport: 'Import a file…',
  rateImportHint:
    'You can also import a CSV file (as casepack rates import reads): a first row naming date, rate and source (date, rate in %, source), then one value a row, for the rate chosen above; if any row is wrong, nothing is imported.',
  rateImported: 'Imported {count} value(s) from {file} ({series}).',
  'ed.guaranteeMaxAmount': 'Most the guarantor owes',
  'ed.guaranteeMaxAmountHint': 'blank when the contract sets no cap',
  'field.acknowledgedOn': 'Acknowledged or signed on',
  'field.acknowledgmentKind': 'Acknowledgment or signed demand',
  'field.agreesToPerform': 'Agrees to pay',
  'problem.acknowledgment-kind-unknown': 'Expected acknowledgment or signed demand',
  'problem.agrees-unknown': 'Expected yes or no',
  'problem.acknowledgment-no-date': 'Says how the debtor acknowledged the debt, but gives no acknowledgment date',
};
