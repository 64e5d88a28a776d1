import { Option, type Command } from 'commander';
import { loadCaseFile } from '../../core/case/validate.js';
import { CasePackError } from '../../core/errors.js';
import { feesForCase, feesOnClaim, issueFeeForCase, type FeeOn, type FeesOnClaim } from '../../core/filings/claim-fees.js';
import { issueFeeJson, issueFeeText } from './issue-fee-output.js';
import type { CourtFees } from '../../core/filings/court-fees.js';
import { formatCents } from '../../core/money/cents.js';
import { formatGroupedCents } from '../../core/money/money.js';
import { AmountInputError, parseUserAmount } from '../../core/money/user-amount.js';
import { LANGUAGES, type Language } from '../../core/util/language.js';
import { asOfOption } from '../as-of-option.js';
import { installRatesOfFile } from '../../core/rates/rate-store.js';
import { ratesDbOption } from '../rates-db-option.js';
import { formatTable } from '../output.js';
import { outputLanguage } from '../language.js';

type FeeKey = Exclude<keyof CourtFees, 'rounding'>;
const FEE_KEYS: readonly FeeKey[] = ['caseFee', 'summaryProcedure', 'paymentOrder', 'preservation', 'enforcement'];

/** Each fee's name and the article of 诉讼费用交纳办法 that sets it, in the two languages. */
const LABELS: Record<
  Language,
  Record<
    FeeKey | 'amount' | 'rounding' | 'fee' | 'yuan' | 'nothingToClaim' | 'enforcementOnJudgment' | 'owedUnderJudgment' | 'noSuit',
    string
  >
> = {
  zh: {
    amount: '诉讼请求金额',
    nothingToClaim: '没有可以请求的金额（欠款已全部清偿），因此不产生诉讼费用。',
    fee: '费用',
    yuan: '金额（元）',
    caseFee: '案件受理费（第十三条）',
    summaryProcedure: '适用简易程序，减半（第十六条；调解、撤诉同，第十五条）',
    paymentOrder: '申请支付令（第十四条第三项，受理费的三分之一）',
    preservation: '申请财产保全（第十四条第二项，最多5000元）',
    enforcement: '申请执行（第十四条第一项）',
    enforcementOnJudgment: '申请执行（第十四条第一项），按判决尚未履行的金额 {amount} 元计',
    rounding: '计算：按分段累计，结果按分四舍五入',
    owedUnderJudgment: '判决确定的金额（含迟延履行期间的加倍部分债务利息）',
    noSuit: '判决已生效，不再起诉（民事诉讼法第一百二十七条第五项），故不列诉讼费用；下一步为申请执行。',
  },
  en: {
    amount: 'Amount claimed',
    nothingToClaim: 'There is nothing to claim (the debt is paid in full), so no court fee arises.',
    fee: 'Fee',
    yuan: 'Yuan',
    caseFee: 'Case acceptance fee (Art. 13)',
    summaryProcedure: 'Summary procedure, halved (Art. 16; mediation or withdrawal likewise, Art. 15)',
    paymentOrder: 'Payment order application (Art. 14(3), one third of the case fee)',
    preservation: 'Property preservation (Art. 14(2), at most 5,000 yuan)',
    enforcement: 'Enforcement application (Art. 14(1))',
    enforcementOnJudgment: 'Enforcement application (Art. 14(1)), on {amount} yuan still unpaid under the judgment',
    rounding: 'Worked band by band; each fee rounded to the fen, halves up',
    owedUnderJudgment: 'Owed under the judgment, with doubled interest for late performance',
    noSuit:
      'The judgment is in force and the debt may not be sued on again (Civil Procedure Law art. 127(5)), so no suit fee is listed; the next step is enforcement.',
  },
};

/** Said when the command gets neither or both of its two forms (exit 2, bad usage). */
const USAGE = [
  'usage: casepack fees CASE.json [--as-of YYYY-MM-DD] [--json] [--lang en|zh]',
  '       casepack fees --amount AMOUNT [--json] [--lang en|zh]',
].join('\n');

interface FeesOptions {
  amount?: string;
  asOf: string;
  json?: boolean;
  lang?: Language;
  db: string;
}

export function registerFees(program: Command): void {
  program
    .command('fees')
    .description(
      'court fees (诉讼费用交纳办法) for an amount, or for what a case shows as owed; for an en-GB case the County Court issue fee',
    )
    .argument('[case]', 'path of case.json: the fees of suing for its total on --as-of')
    .option('--amount <amount>', 'an amount in yuan: 120000, 12万, ¥120,000.00')
    .addOption(asOfOption())
    .addOption(ratesDbOption())
    .option('--json', 'print JSON (amounts as decimal strings)')
    .addOption(new Option('--lang <language>', 'language of the table').choices(LANGUAGES))
    .action(async (caseFile: string | undefined, options: FeesOptions, command: Command) => {
      if (caseFile === undefined && options.amount === undefined)
        command.error(`error: fees needs a case file or --amount\n${USAGE}`, { exitCode: 2, code: 'casepack.usage' });
      if (caseFile !== undefined && options.amount !== undefined)
        command.error(`error: fees takes a case file or --amount, not both\n${USAGE}`, { exitCode: 2, code: 'casepack.usage' });
      let claim: FeesOnClaim;
      let asOf: string | undefined;
      let enforcement: FeeOn | null = null;
      let judgmentInForce = false;
      let language: Language;
      if (caseFile === undefined) {
        claim = feesOnClaim(amountOption(options.amount!));
        language = outputLanguage(options.lang);
      } else {
        installRatesOfFile(options.db);
        const { data } = await loadCaseFile(caseFile);
        language = outputLanguage(options.lang, data.locale);
        if (data.locale === 'en-GB') {
          const issue = issueFeeForCase(data, options.asOf);
          process.stdout.write(options.json ? issueFeeJson(issue, options.asOf) : issueFeeText(issue, options.asOf, language));
          return;
        }
        ({ asOf, enforcement, judgmentInForce, ...claim } = feesForCase(data, options.asOf));
      }
      if (judgmentInForce && enforcement) {
        process.stdout.write(
          options.json ? judgmentFeesJson(enforcement, asOf!) : judgmentFeesText(enforcement, asOf!, language),
        );
        return;
      }
      process.stdout.write(options.json ? feesJson(claim, asOf, enforcement) : feesText(claim, asOf, enforcement, language));
    });
}

function amountOption(typed: string): bigint {
  try {
    return parseUserAmount(typed);
  } catch (error) {
    if (error instanceof AmountInputError) throw new CasePackError(`--amount: ${error.message}`);
    throw error;
  }
}

/** The fees of suing; a case holding a judgment has its 申请执行费 worked on what the judgment still orders paid. */
function feesJson({ amount, nothingToClaim, fees }: FeesOnClaim, asOf: string | undefined, enforcement: FeeOn | null): string {
  const out: Record<string, string | boolean> = { amount: formatCents(amount) };
  if (asOf !== undefined) out.asOf = asOf;
  out.nothingToClaim = nothingToClaim;
  for (const key of FEE_KEYS) out[key] = formatCents(fees[key]);
  if (enforcement) {
    out.enforcement = formatCents(enforcement.fee);
    out.enforcementOn = formatCents(enforcement.amount);
  }
  out.rounding = fees.rounding;
  return `${JSON.stringify(out, null, 2)}\n`;
}

function feesText(
  { amount, nothingToClaim, fees }: FeesOnClaim,
  asOf: string | undefined,
  enforcement: FeeOn | null,
  language: Language,
): string {
  const label = LABELS[language];
  const heading = `${asOf === undefined ? label.amount : `${label.amount} (${asOf})`}: ${formatGroupedCents(amount)}`;
  const enforcementRow = enforcement && [
    label.enforcementOnJudgment.replace('{amount}', formatGroupedCents(enforcement.amount)),
    formatGroupedCents(enforcement.fee),
  ];
  if (nothingToClaim && !enforcementRow) return `${heading}\n${label.nothingToClaim}\n`;
  if (nothingToClaim)
    return `${heading}\n${label.nothingToClaim}\n\n${formatTable([label.fee, label.yuan], [enforcementRow!])}\n`;
  const rows = FEE_KEYS.map((key) =>
    key === 'enforcement' && enforcementRow ? enforcementRow : [label[key], formatGroupedCents(fees[key])],
  );
  return `${heading}\n\n${formatTable([label.fee, label.yuan], rows)}\n\n${label.rounding}\n`;
}

/** A judgment in force: only the 申请执行费, on what the judgment orders paid (诉讼费用交纳办法 第14条 第1项). */
function judgmentFeesJson(enforcement: FeeOn, asOf: string): string {
  const out = {
    owedUnder: 'judgment',
    amount: formatCents(enforcement.amount),
    asOf,
    enforcement: formatCents(enforcement.fee),
    enforcementOn: formatCents(enforcement.amount),
    rounding: 'cent-half-up',
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function judgmentFeesText(enforcement: FeeOn, asOf: string, language: Language): string {
  const label = LABELS[language];
  const heading = `${label.owedUnderJudgment} (${asOf}): ${formatGroupedCents(enforcement.amount)}`;
  const row = [label.enforcement, formatGroupedCents(enforcement.fee)];
  return `${heading}\n${label.noSuit}\n\n${formatTable([label.fee, label.yuan], [row])}\n\n${label.rounding}\n`;
}
