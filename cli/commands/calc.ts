import { Option, type Command } from 'commander';
import { explainCase, type ExplainedCalculation } from '../../core/calc/calculate-case.js';
import { loadCaseFile } from '../../core/case/validate.js';
import type { JudgmentOwed } from '../../core/filings/judgment-context.js';
import { Dec } from '../../core/money/decimal.js';
import { formatGroupedCents as grouped } from '../../core/money/money.js';
import { moneyReplacer } from '../../core/money/money-json.js';
import { LANGUAGES, type Language } from '../../core/util/language.js';
import { asOfOption } from '../as-of-option.js';
import { installRatesOfFile } from '../../core/rates/rate-store.js';
import { ratesDbOption } from '../rates-db-option.js';
import { formatTable } from '../output.js';

export function registerCalc(program: Command): void {
  program
    .command('calc')
    .description('what is owed on a date: late charges, payments applied, total in words, limitation per debtor')
    .argument('<case>', 'path of case.json')
    .addOption(asOfOption())
    .addOption(ratesDbOption())
    .option('--json', 'print JSON (decimal values as strings)')
    .addOption(
      new Option('--lang <language>', 'language of the reasons (limitation, rate notes, warnings); zh for zh-CN cases')
        .choices(LANGUAGES)
        .default('en'),
    )
    .action(async (caseFile: string, options: { asOf: string; json?: boolean; lang: Language; db: string }) => {
      installRatesOfFile(options.db);
      const { data } = await loadCaseFile(caseFile);
      const result = explainCase(data, options.asOf, options.lang);
      process.stdout.write(
        options.json ? `${JSON.stringify(result, moneyReplacer, 2)}\n` : `${statementText(caseFile, result, data.debtors)}\n`,
      );
    });
}

/** What the judgment in force orders paid: the figure owed now, in place of the contract's (Civil Procedure Law art. 264). */
function judgmentText(j: JudgmentOwed): string[] {
  const rows = [
    ['awarded by the judgment', grouped(j.awarded)],
    ['− paid under the judgment', grouped(j.paid)],
    ['= still unpaid', grouped(j.unpaid)],
    [
      `+ doubled interest for late performance${j.doubledInterestFrom ? ` from ${j.doubledInterestFrom}` : ''}`,
      grouped(j.doubledInterest),
    ],
    ...(j.costs > 0n ? [['+ costs the judgment orders the debtor to pay', grouped(j.costs)]] : []),
    ['= total owed under the judgment', grouped(j.total)],
  ];
  return [
    'owed under the judgment, with doubled interest for late performance (Civil Procedure Law art. 264; SPC interpretation on interest for late performance arts. 1-4): this, not the contract figure above, is what the debtor owes',
    formatTable(['', 'amount'], alignRight(rows, [1])),
  ];
}

/** The parties are named, never by their place in the list (`0`, `1`): `debtors` gives each one's name. */
function statementText(caseFile: string, r: ExplainedCalculation, debtors: readonly { name: string }[]): string {
  const partyName = (party: number) => debtors[party]?.name ?? String(party + 1);
  const out: string[] = [`${caseFile}: statement as of ${r.asOf} (${r.currency}, late charge: ${r.lateChargeKind})`, ''];
  if (r.statement.length > 0) {
    const rows = r.statement.map((s) => [
      s.claim,
      grouped(s.principal),
      s.from,
      s.to,
      String(s.days),
      rateText(s),
      s.rateNote,
      grouped(s.charge),
    ]);
    const table = alignRight([...rows, ['total', '', '', '', '', '', '', grouped(r.lateCharge)]], [1, 4, 7]);
    out.push(formatTable(['claim', 'principal', 'from', 'to', 'days', 'rate', 'how', 'charge'], table), '');
  }
  if (r.compensationRows.length > 0)
    out.push(
      formatTable(
        ['claim', 'fixed sum (Late Payment Act 1998 s.5A)'],
        r.compensationRows.map((c) => [c.claim, grouped(c.amount)]),
      ),
      '',
    );
  if (r.payments.length > 0) {
    const rows = r.payments.map((p) => [
      p.date,
      grouped(p.amount),
      RULES[p.rule] + (p.claim ? ` ${p.claim}` : ''),
      p.applied.map((a) => `${a.claim} ${a.head} ${grouped(a.amount)}`).join('; ') +
        (p.unapplied > 0n ? `; credit ${grouped(p.unapplied)}` : ''),
    ]);
    out.push(`payments applied by ${ORDERS[r.paymentOrder]}`);
    out.push(formatTable(['paid on', 'amount', 'to', 'applied (claim, head, amount)'], rows), '');
  }
  out.push(
    formatTable(
      ['', 'amount'],
      alignRight(
        [
          ['principal', grouped(r.principal)],
          ['+ late charge (total of the lines above)', grouped(r.lateCharge)],
          ...(r.compensation > 0n ? [['+ fixed sums', grouped(r.compensation)]] : []),
          ['− paid', grouped(r.paid)],
          ...(r.credit > 0n ? [['+ credit (paid beyond what was owed)', grouped(r.credit)]] : []),
          [r.underJudgment ? '= total under the contract (before the judgment)' : '= total owed', grouped(r.total)],
          ['  of which principal', grouped(r.outstanding)],
          ['  of which late charge', grouped(r.lateChargeOutstanding)],
          ...(r.compensation > 0n ? [['  of which fixed sums', grouped(r.compensationOutstanding)]] : []),
        ],
        [1],
      ),
    ),
  );
  if (r.totalInWords) out.push(`in words: ${r.totalInWords}`);
  if (r.underJudgment) out.push('', ...judgmentText(r.underJudgment));
  out.push('', 'limitation');
  out.push(
    formatTable(
      ['party', 'role', 'expires on', 'days left', '', 'basis'],
      r.limitation.map((l) => [
        l.name,
        l.role,
        l.expiresOn ?? '—',
        l.daysLeft === null ? '—' : String(l.daysLeft),
        l.expired ? 'EXPIRED' : l.warning ? 'WARNING' : '',
        l.basis,
      ]),
    ),
  );
  for (const l of r.limitation) for (const note of l.notes) out.push(`  ${l.name}: ${note}`);
  if (r.service.length > 0) {
    out.push(
      '',
      'letters: "reply by" is 30 days from the letter (Pre-Action Protocol for Debt Claims); "likely received" borrows ' +
        'the CPR 6.26 rule for posted documents, which binds documents in proceedings, not pre-action letters',
    );
    out.push(
      formatTable(
        ['mailing', 'party', 'posted', 'likely received', 'reply by'],
        r.service.map((s) => [s.mailing, partyName(s.party), s.sentOn, s.deemedServed, s.replyBy]),
      ),
    );
  }
  if (r.warnings.length > 0) out.push('', ...r.warnings.map((w) => `warning: ${w}`));
  return out.join('\n');
}

const RULES: Record<ExplainedCalculation['payments'][number]['rule'], string> = {
  designated: 'named by the debtor:',
  'appropriated-by-creditor': 'appropriated by the creditor:',
  'prc-560': 'by law (560)',
  'oldest-first': 'by law (oldest first)',
};

const ORDERS: Record<ExplainedCalculation['paymentOrder'], string> = {
  'prc-560-561':
    '民法典 第560条 (named debt, else matured, then earliest due, same day pro rata), then 第561条 within each debt: ' +
    'costs → late charge as interest → principal (courts differ on whether a 违约金 counts as interest)',
  'prc-560-561-penalty-last':
    '民法典 第560条, then 第561条 within each debt with the 违约金 not counted as interest: costs → principal → 违约金 ' +
    '(the case chose this view; courts differ)',
  'english-appropriation':
    "the debtor's appropriation, else the creditor's, else the oldest debt first (Clayton's Case); fixed sum and interest before principal",
  'us-oldest-first': "the debtor's designation, else the oldest debt first; interest before principal (Story v. Livingston)",
};

function rateText(s: ExplainedCalculation['statement'][number]): string {
  const percent = `${new Dec(s.rate).times(100).toString()}%`;
  return s.rateUnit === 'day' ? `${percent}/day` : `${percent} a year ÷ ${s.basis}`;
}

/** Pads the given columns on the left so that amounts line up on the decimal point. */
function alignRight(rows: string[][], columns: number[]): string[][] {
  const widths = columns.map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (columns.includes(c) ? cell.padStart(widths[columns.indexOf(c)]!) : cell)));
}
