/** Court filings on the case screen, the desk's suit and enforcement steps, batch complaints (merged into `MESSAGES`). */
export const filingsZh = {
  filings: '诉讼文书',
  filingsIntro: '本案现在可以生成的诉讼文书、受理法院和诉讼费用（按本日计算）。',
  filingsCourt: '受理法院',
  filingsNoCourt: '尚未选择受理法院。CasePack 不会替您推定法院，请在下方填写并确定。',
  filingsCourtName: '法院名称',
  filingsCourtBasis: '管辖依据',
  filingsCaseType: '案由',
  filingsSaveCourt: '确定受理法院',
  filingsChangeCourt: '更改受理法院',
  filingsCourtSaved: '已保存受理法院。',
  'courtBasis.agreed': '合同约定管辖',
  'courtBasis.defendant-domicile': '被告住所地',
  'courtBasis.place-of-performance': '合同履行地',
  'caseType.sale-of-goods': '买卖合同纠纷',
  'caseType.financial-loan': '金融借款合同纠纷',
  'caseType.credit-card': '银行信用卡纠纷',
  'caseType.property-service': '物业服务合同纠纷',
  'caseType.private-loan': '民间借贷纠纷',
  filingsFees: '诉讼费用（《诉讼费用交纳办法》）',
  filingsFee: '费用',
  filingsFeeAmount: '金额',
  feeClaimAmount: '诉讼请求金额（暂计至 {date}）',
  feeCase: '案件受理费（第十三条）',
  feeSummary: '适用简易程序，减半交纳（第十六条；调解、撤诉同，第十五条）',
  feePaymentOrder: '申请支付令，受理费的三分之一（第十四条第三项）',
  feePreservation: '申请财产保全，保全 {amount}（第十四条第二项，最多 5,000 元）',
  feeEnforcement: '申请执行，执行 {amount}（第十四条第一项）',
  feeRounding: '按分段累计计算，每项结果按分四舍五入。',
  feeNothingToClaim: '本案欠款已全部清偿，没有可以请求的金额，因此不产生诉讼费用。',
  feesNotCny: '诉讼费用按人民币案件计算；本案币种不是人民币。',
  filingReady: '可生成',
  filingNotNow: '暂不能生成',
  filingPreview: '预览',
  filingChoose: '选择文书',
  deskEnforcementDeadline: '申请执行期间',
  makeComplaints: '生成起诉状…',
  complaintsTitle: '批量生成起诉状',
  complaintsCases:
    '为所选案件中处于“起诉”步骤的 {count} 件生成要素式民事起诉状（PDF 和 Word）及证据材料，并按受理法院列出诉讼费清单（CSV），费用按 {date} 计算。',
  complaintsOthers: '所选案件中另有 {count} 件不在“起诉”步骤，不包括在内。',
  complaintsProgress: '已生成 {done} / {total} 件',
  complaintsCancelled: '已取消：没有生成任何文件。',
  complaintsDone: '已生成 {written} 份起诉状及证据材料，已下载 {file}（诉讼费清单：{fees}）。',
  complaintsStart: '生成起诉状',
};

export const filingsEn: Record<keyof typeof filingsZh, string> = {
  filings: 'Court filings',
  filingsIntro: 'The court papers this case can make now, the court, and the court fees (worked as of today).',
  filingsCourt: 'Court',
  filingsNoCourt: 'No court chosen yet. CasePack never picks one for you: choose it below.',
  filingsCourtName: 'Court name',
  filingsCourtBasis: 'Jurisdiction',
  filingsCaseType: 'Type of case',
  filingsSaveCourt: 'Use this court',
  filingsChangeCourt: 'Change the court',
  filingsCourtSaved: 'The court is saved.',
  'courtBasis.agreed': 'Agreed in the contract',
  'courtBasis.defendant-domicile': "Defendant's domicile",
  'courtBasis.place-of-performance': 'Place of performance',
  'caseType.sale-of-goods': 'Sale of goods',
  'caseType.financial-loan': 'Financial loan',
  'caseType.credit-card': 'Bank credit card',
  'caseType.property-service': 'Property services',
  'caseType.private-loan': 'Private loan',
  filingsFees: 'Court fees (Measures on the Payment of Litigation Costs)',
  filingsFee: 'Fee',
  filingsFeeAmount: 'Amount',
  feeClaimAmount: 'Amount claimed (to {date})',
  feeCase: 'Case acceptance fee (Art. 13)',
  feeSummary: 'Summary procedure, halved (Art. 16; mediation or withdrawal likewise, Art. 15)',
  feePaymentOrder: 'Payment order application, one third of the case fee (Art. 14(3))',
  feePreservation: 'Property preservation of {amount} (Art. 14(2), at most 5,000 yuan)',
  feeEnforcement: 'Enforcement of {amount} (Art. 14(1))',
  feeRounding: 'Worked band by band; each fee rounded to the fen, halves up.',
  feeNothingToClaim: 'The debt is paid in full: there is nothing to claim, so no court fee arises.',
  feesNotCny: 'Court fees are worked for claims in yuan; this case is in another currency.',
  filingReady: 'Ready',
  filingNotNow: 'Not available now',
  filingPreview: 'Preview',
  filingChoose: 'Choose a filing',
  deskEnforcementDeadline: 'Time to apply for enforcement',
  makeComplaints: 'Make complaints…',
  complaintsTitle: 'Complaints for many cases',
  complaintsCases:
    'Element-style complaints (PDF and Word) with their evidence bundles for the {count} selected cases at the suit step, and the court fees by court as a list (CSV), worked as of {date}.',
  complaintsOthers: 'Selected cases not at the suit step, left out: {count}.',
  complaintsProgress: '{done} of {total} made',
  complaintsCancelled: 'Cancelled: no file was made.',
  complaintsDone: '{written} complaints with their evidence bundles made; {file} downloaded (fee list: {fees}).',
  complaintsStart: 'Make the complaints',
};

type Params = Record<string, string | number>;

/** What each condition of a 支付令 (民事诉讼法 第225条; 民诉解释 第427条) is called when it is not met. */
const PAYMENT_ORDER_ZH: Record<string, string> = {
  'nothing-owed': '本案已无欠款',
  'not-due': '尚有未到期的款项',
  'counter-performance': '未确认债权人对债务人没有对待给付义务',
  'other-dispute': '未确认双方没有其他债务纠纷',
  'debtor-address': '债务人没有可送达的地址',
  'court-not-domicile': '支付令应向债务人住所地基层法院申请，而所选法院不是以此为依据',
  'preserved-before-suit': '已申请诉前保全',
};
const PAYMENT_ORDER_EN: Record<string, string> = {
  'nothing-owed': 'nothing is owed',
  'not-due': 'a sum still owed is not yet due',
  'counter-performance': 'the creditor has not confirmed that it owes the debtor nothing in return',
  'other-dispute': 'the creditor has not confirmed that there is no other debt dispute between them',
  'debtor-address': 'the debtor has no address where the order can be served',
  'court-not-domicile':
    "a payment order goes to the basic court of the debtor's domicile, and the court chosen rests on another basis",
  'preserved-before-suit': 'property was preserved before suit',
};

const conditions = (unmet: string | number | undefined, table: Record<string, string>, sep: string) =>
  String(unmet ?? '')
    .split(',')
    .filter(Boolean)
    .map((c) => table[c] ?? c)
    .join(sep);

export const filingsErrorsZh: Record<string, (p: Params) => string> = {
  'filing.judgment-held': () => '本案已有生效法律文书：下一步是申请强制执行，而不是起诉、申请支付令或诉讼保全。',
  'filing.no-judgment': () => '申请强制执行须依据已生效的判决书、调解书、仲裁裁决书或支付令；本案尚未录入。',
  'payment-order-conditions': (p) =>
    `本案不符合申请支付令的条件（民事诉讼法第二百二十五条；民诉解释第四百二十七条）：${conditions(p.unmet, PAYMENT_ORDER_ZH, '；')}。`,
  'fees.currency': (p) => `诉讼费用按人民币案件计算；本案币种为 ${p.currency}。`,
  'filing.nothing-to-claim': (p) => `截至 ${p.asOf} 欠款已全部清偿，没有可以请求的金额。`,
  'complaints-job-gone': () => '这批起诉状的生成任务已经结束，请重新生成。',
};

export const filingsErrorsEn: Record<string, (p: Params) => string> = {
  'filing.judgment-held': () =>
    'The case holds a judgment: the next step is to apply for its enforcement, not to sue, seek a payment order or preserve property for a suit.',
  'filing.no-judgment': () =>
    'Enforcement rests on a judgment, mediation statement, arbitral award or payment order in force; the case has none entered.',
  'payment-order-conditions': (p) =>
    `The case does not meet the conditions of a payment order (Civil Procedure Law art. 225; SPC Interpretation art. 427): ${conditions(p.unmet, PAYMENT_ORDER_EN, '; ')}.`,
  'fees.currency': (p) => `Court fees are worked for claims in yuan; this case is in ${p.currency}.`,
  'filing.nothing-to-claim': (p) => `The debt is paid in full on ${p.asOf}: there is nothing to claim.`,
  'complaints-job-gone': () => 'That batch of complaints has ended; start it again.',
};
