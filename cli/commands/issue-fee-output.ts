import { formatCents } from '../../core/money/cents.js';
import { formatMoney } from '../../core/templates/formats.js';
import type { IssueFee, IssueFeeSource } from '../../core/filings/uk-issue-fee.js';
import type { Language } from '../../core/util/language.js';

/** `casepack fees --json` for an en-GB case: decimal strings, and the fee table the fee was read from. */
export function issueFeeJson(issue: IssueFee, asOf: string): string {
  const out = {
    amount: formatCents(issue.amount),
    asOf,
    issueFee: formatCents(issue.fee),
    table: { validFrom: issue.table.validFrom, source: issue.table.source, checked: issue.table.checked },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The issue fee in words, naming the fee table used and whether its figures still have to be checked. */
export function issueFeeText(issue: IssueFee, asOf: string, language: Language): string {
  const pounds = (pence: bigint) => formatMoney(formatCents(pence), 'GBP');
  const percent = issue.band.basisPoints === null ? '' : ` (${formatCents(issue.band.basisPoints)}%)`;
  if (language === 'zh')
    return [
      `请求金额（计至 ${asOf}）：${pounds(issue.amount)}`,
      `郡法院立案费（《2008年民事诉讼收费令》附表1第1.1项）：${pounds(issue.fee)}${percent}`,
      `所用费用表：自 ${issue.table.validFrom} 起适用；来源：${sourceText(issue.table.source, 'zh')}`,
      ...(issue.table.checked ? [] : ['该费用表尚待与现行官方附表1核对，使用前请核实。']),
      '',
    ].join('\n');
  return [
    `Amount claimed (to ${asOf}): ${pounds(issue.amount)}`,
    `County Court issue fee (Civil Proceedings Fees Order 2008, Schedule 1, fee 1.1): ${pounds(issue.fee)}${percent}`,
    `Fee table used: applies from ${issue.table.validFrom}; source: ${sourceText(issue.table.source, 'en')}`,
    ...(issue.table.checked
      ? []
      : ['This fee table is still to be checked against the current official Schedule 1: verify it before relying on it.']),
    '',
  ].join('\n');
}

/** Where the fee table is in law: the instrument by its title in `language` and its SI number. */
function sourceText(source: IssueFeeSource, language: Language): string {
  const by = source.substitutedBy;
  if (language === 'zh') {
    const named = (i: IssueFeeSource['instrument']) => `${i.title.zh}（英国法定文书 ${i.si} 号）`;
    const article = by && `第${by.article}条${by.paragraph ? `第(${by.paragraph})款` : ''}`;
    return `${named(source.instrument)}附表${source.schedule}第${source.fee}项${by ? `，经${named(by.instrument)}${article}替换` : ''}`;
  }
  const named = (i: IssueFeeSource['instrument']) => `${i.title.en} (SI ${i.si})`;
  const article = by && `art. ${by.article}${by.paragraph ? `(${by.paragraph})` : ''}`;
  return `${named(source.instrument)}, Schedule ${source.schedule}, fee ${source.fee}${by ? `, as substituted by the ${named(by.instrument)}, ${article}` : ''}`;
}
