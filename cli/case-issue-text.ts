import type { CaseIssue, CaseValidationError } from '../core/errors.js';
import type { Language } from '../core/util/language.js';
import { fieldPathText } from './field-path-text.js';

/** Why a field was refused (core's FieldIssueCode and file codes), for a Chinese reader. */
const ISSUES_ZH: Record<string, (i: CaseIssue) => string> = {
  required: () => '必填',
  'at-least-one': () => '至少需要一项',
  'amount.empty': () => '请填写金额',
  'amount.format': () => '无法识别的金额：可写 120000、12万、¥120,000.00 或 120,000元',
  'amount.decimals': () => '金额最多两位小数（元、角、分）',
  'amount.too-large': () => '金额过大',
  date: () => '请填写日期（年-月-日）',
  'no-such-day': () => '没有这一天',
  rate: () => '请填写数字，如 5 或 1.5',
  id: () => '只能用字母、数字、“.”“_”“-”，且以字母或数字开头',
  choice: () => '不是可选的值之一',
  currency: () => '请填写三位币种代码，如 CNY',
  'out-of-range': () => '超出允许的范围',
  'unknown-field': () => '此项无法识别（请检查拼写）',
  'duplicate-id': (i) => `“${i.params?.id ?? ''}”已用于另一项，请换一个`,
  'duplicate-tracking': () => '运单号与另一次邮寄重复',
  'unknown-claim': (i) => `没有编号为“${i.params?.id ?? ''}”的债权`,
  'unknown-evidence': (i) => `没有编号为“${i.params?.id ?? ''}”的证据`,
  'unknown-mailing': (i) => `没有编号为“${i.params?.id ?? ''}”的邮寄记录`,
  'unknown-party': () => '所指的当事人不存在',
  'needs-claim': () => '需先指明债权',
  'creditor-appropriation': () => '依民法典第五百六十条，由债务人指定抵充的债权',
  'date-order': (i) => `不能早于 ${i.params?.date ?? ''}`,
  'needs-letter': () => '需附上寄出的信件',
  'markup-range': () => '加计应在 30% 至 50% 之间',
  'no-debtor': () => '至少需要一位债务人（不能只有保证人）',
  'maximum-period': () => '最高额保证须写明债权发生的期间（民法典第六百九十条）',
  'maximum-ceiling': () => '最高额保证须写明最高债权额（民法典第六百九十条）',
  'period-not-maximum': () => '只有最高额保证才有债权发生期间',
  invalid: () => '此项不符合要求',
  'file-missing': (i) => `找不到文件“${i.file ?? ''}”`,
  'file-outside-folder': (i) => `文件“${i.file ?? ''}”在案件文件夹之外；请复制到案件文件夹内再引用`,
  'not-a-file': (i) => `“${i.file ?? ''}”不是普通文件`,
  'file-empty': (i) => `文件“${i.file ?? ''}”是空文件`,
};

/**
 * One line per problem of a case file, each naming the file and the field as people say it (`第1笔债权 金额` /
 * `claim 1, amount`), never the JSON path: in Chinese from the problem's code, in English core's own words.
 */
export function caseIssueLines(error: CaseValidationError, language: Language): string[] {
  const file = error.file;
  return error.issues.map((issue) => {
    const why = language === 'zh' && issue.code && ISSUES_ZH[issue.code] ? ISSUES_ZH[issue.code]!(issue) : issue.message;
    const sep = language === 'zh' ? '：' : ': ';
    return `${file}${sep}${fieldPathText(issue.path, language)}${sep}${why}`;
  });
}
