import { Option, type Command } from 'commander';
import { loadCaseFile } from '../../core/case/validate.js';
import { CasePackError } from '../../core/errors.js';
import { feesForCase, issueFeeForCase } from '../../core/filings/claim-fees.js';
import { issueFeeJson, issueFeeText } from './issue-fee-output.js';
import { courtFees, type CourtFees } from '../../core/filings/court-fees.js';
import { formatCents } from '../../core/money/cents.js';
import { formatGroupedCents } from '../../core/money/money.js';
import { AmountInputError, parseUserAmount } from '../../core/money/user-amount.js';
import { LANGUAGES, type Language } from '../../core/util/language.js';
import { asOfOption } from '../as-of-option.js';
import { installRatesOfFile } from '../../core/rates/rate-store.js';
import { ratesDbOption } from '../rates-db-option.js';
import { formatTable } from '../output.js';

type FeeKey = Exclude<keyof CourtFees, 'rounding'>;
const FEE_KEYS: readonly FeeKey[] = ['caseFee', 'summaryProcedure', 'paymentOrder', 'preservation', 'enforcement'];

/** Each fee's name and the article of 诉讼费用交纳办法 that sets it, in the two languages. */
const LABELS: Record<Language, Record<FeeKey | 'amount' | 'rounding' | 'fee' | 'yuan', string>> = {
  zh: {
    amount: '诉讼请求金额',
    fee: '费用',
    yuan: '金额（元）',
    caseFee: '案件受理费（第十三条）',
    summaryProcedure: '适用简易程序，减半（第十六条；调解、撤诉同，第十五条）',
    paymentOrder: '申请支付令（第十四条第三项，受理费的三分之一）',
    preservation: '申请财产保全（第十四条第二项，最多5000元）',
    enforcement: '申请执行（第十四条第一项）',
    rounding: '计算：按分段累计，结果按分四舍五入',
  },
  en: {
    amount: 'Amount claimed',
    fee: 'Fee',
    yuan: 'Yuan',
    caseFee: 'Case acceptance fee (Art. 13)',
    summaryProcedure: 'Summary procedure, halved (Art. 16; mediation or withdrawal likewise, Art. 15)',
    paymentOrder: 'Payment order application (Art. 14(3), one third of the case fee)',
    preservation: 'Property preservation (Art. 14(2), at most 5,000 yuan)',
    enforcement: 'Enforcement application (Art. 14(1))',
    rounding: 'Worked band by band; each fee rounded to the fen, halves up',
  },
};

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
    .action(async (caseFile: string | undefined, options: FeesOptions) => {
      if ((caseFile === undefined) === (options.amount === undefined))
        throw new CasePackError('fees: give either a case file or --amount, not both');
      let amount: bigint;
      let asOf: string | undefined;
      let fees: CourtFees;
      let language = options.lang ?? 'en';
      if (options.amount !== undefined) {
        amount = amountOption(options.amount);
        fees = courtFees(amount);
      } else {
        installRatesOfFile(options.db);
        const { data } = await loadCaseFile(caseFile!);
        language = options.lang ?? (data.locale === 'zh-CN' ? 'zh' : 'en');
        if (data.locale === 'en-GB') {
          const issue = issueFeeForCase(data, options.asOf);
          process.stdout.write(options.json ? issueFeeJson(issue, options.asOf) : issueFeeText(issue, options.asOf, language));
          return;
        }
        ({ amount, asOf, fees } = feesForCase(data, options.asOf));
      }
      process.stdout.write(options.json ? feesJson(amount, asOf, fees) : feesText(amount, asOf, fees, language));
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

function feesJson(amount: bigint, asOf: string | undefined, fees: CourtFees): string {
  const out: Record<string, string> = { amount: formatCents(amount) };
  if (asOf !== undefined) out.asOf = asOf;
  for (const key of FEE_KEYS) out[key] = formatCents(fees[key]);
  out.rounding = fees.rounding;
  return `${JSON.stringify(out, null, 2)}\n`;
}

function feesText(amount: bigint, asOf: string | undefined, fees: CourtFees, language: Language): string {
  const label = LABELS[language];
  const heading = asOf === undefined ? label.amount : `${label.amount} (${asOf})`;
  const rows = FEE_KEYS.map((key) => [label[key], formatGroupedCents(fees[key])]);
  return `${heading}: ${formatGroupedCents(amount)}\n\n${formatTable([label.fee, label.yuan], rows)}\n\n${label.rounding}\n`;
}
