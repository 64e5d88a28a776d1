import { Option, type Command } from 'commander';
import { deskHandlers } from '../../core/api/desk-handlers.js';
import type { DeskRow } from '../../core/api/desk-list.js';
import { CasePackError } from '../../core/errors.js';
import { readLadderConfig } from '../../core/ladder/ladder-config.js';
import { asOfOption } from '../as-of-option.js';
import { databaseOption, useCase } from '../database-option.js';
import { formatTable } from '../output.js';

/** `casepack due`: the app's desk (use case desk/list) as a table, or its JSON. */
export function registerDue(program: Command): void {
  program
    .command('due')
    .description('what is due per case: the next ladder step, deadlines within the window, broken promises to pay')
    .addOption(databaseOption())
    .addOption(asOfOption())
    .addOption(
      new Option('--window <days>', 'mark limitation and guarantee deadlines this many days ahead').default(90).argParser(days),
    )
    .option('--all', 'list every case, not only those needing attention')
    .option('--ladders <config.json>', 'ladder definitions over the defaults (docs/ladder.md)')
    .option('--json', 'print JSON')
    .action(async (options: { db: string; asOf: string; window: number; all?: boolean; ladders?: string; json?: boolean }) => {
      const desk = await useCase(options.db, deskHandlers, 'desk/list', {
        asOf: options.asOf,
        windowDays: options.window,
        all: options.all === true,
        ...(options.ladders && { ladders: await readLadderConfig(options.ladders) }),
        wait: true,
        record: true,
      });
      const { asOf, windowDays, total, cases } = desk;
      if (options.json) return void process.stdout.write(`${JSON.stringify({ asOf, windowDays, cases }, null, 2)}\n`);
      process.stdout.write(`${dueText(cases, total, asOf)}\n`);
    });
}

function days(value: string): number {
  if (!/^\d{1,4}$/.test(value)) throw new CasePackError(`--window: expected a number of days such as 30, got "${value}"`);
  return Number(value);
}

function dueText(rows: readonly DeskRow[], total: number, asOf: string): string {
  const due = rows.filter((r) => r.due).length;
  const head = `${asOf}: ${due} step(s) due, ${rows.length} of ${total} case(s) listed`;
  if (rows.length === 0) return head;
  const table = rows.map((r) => [
    String(r.id),
    r.debtor,
    r.total === null ? '—' : r.owedUnder === 'judgment' ? `${r.total} (under the judgment)` : r.total,
    r.stage ? `${r.stage} ${r.stageOn}` : '—',
    r.group === 'settled' ? 'settled' : r.nextStep ? `${r.nextStep} (${r.nextStepTitle})` : 'ladder done',
    dueOn(r),
    limitation(r),
    warnings(r),
  ]);
  return `${head}\n${formatTable(['case', 'debtor', 'owed', 'stage', 'next step', 'due on', 'limitation / deadline', 'warnings'], table)}`;
}

/** The next step's day, DUE once it has come and +N days once late; a step with a last day is open until then. */
function dueOn(r: DeskRow): string {
  if (!r.nextDueOn) return '—';
  if (r.dueBy) {
    const by = `by ${r.dueBy.date}`;
    if (!r.due) return `from ${r.nextDueOn} ${by}`;
    return r.dueBy.daysLeft < 0 ? `${by} LATE +${-r.dueBy.daysLeft}d` : `open ${by} (${r.dueBy.daysLeft} days left)`;
  }
  return r.due ? `${r.nextDueOn} DUE${r.daysOverdue ? ` +${r.daysOverdue}d` : ''}` : r.nextDueOn;
}

/**
 * The case's one limitation date, as the cases list shows it, naming the guarantor when it is theirs; for a judgment
 * in force, the last day to apply for enforcement (民事诉讼法 第250条).
 */
function limitation(r: DeskRow): string {
  if (!r.limitationExpiresOn) return '—';
  if (r.limitationKind === 'enforcement') return `${r.limitationExpiresOn} (apply for enforcement by)`;
  return `${r.limitationExpiresOn}${r.limitationParty ? ` (guarantor ${r.limitationParty.name})` : ''}`;
}

function warnings(r: DeskRow): string {
  const notes = r.deadlines.map((d) => `${d.kind} ${d.name} ${d.expiresOn} (${d.daysLeft} days)`);
  for (const p of r.brokenPromises) notes.push(`promise broken: ${p.amount} due ${p.dueOn}, paid ${p.paid}`);
  if (r.problem) notes.push(r.problem);
  return notes.join('; ');
}
