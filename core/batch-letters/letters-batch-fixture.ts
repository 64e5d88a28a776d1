/**
 * Three card debts for batch-letter tests: one with an address, one without (its letter is made but not
 * mailed), one charging a 催收服务费 (the wording guard stops its letter).
 */
export const LETTERS_BATCH_CSV = [
  '客户姓名,身份证号,合同编号,逾期金额,应还款日,账单地址,手机,欠款事由',
  '张伟,110101198001011234,XYK-1,"¥12,345.60",2024/5/1,北京市东城区和平里1号,13810000001,信用卡透支欠款',
  '李娜,110101198001015678,XYK-2,8000元,2024-06-01,,13810000002,信用卡透支欠款',
  '王芳,110101198001019999,XYK-3,500,2024年7月1日,北京市东城区和平里3号,13810000003,催收服务费',
].join('\n');
