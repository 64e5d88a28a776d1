import type { Command } from 'commander';
import { ladderHandlers } from '../../core/api/ladder-handlers.js';
import { asOfOption } from '../as-of-option.js';
import type { DueEntry } from '../../core/ladder/due-list.js';
import { databaseOption, useCase } from '../database-option.js';
import { formatTable } from '../output.js';
import { formatCents } from '../../core/money/cents.js';
import { moneyReplacer } from '../../core/money/money-json.js';

export function registerDue(program: Command): void {
  program
    .command('due')
    .description('what is due per case: the next ladder step, limitation warnings, broken promises to pay')
    .addOption(databaseOption())
    .addOption(asOfOption())
    .option('--all', 'list every case, not only those needing attention')
    .option('--ladders <config.json>', 'ladder definitions over the defaults (docs/ladder.md)')
    .option('--json', 'print JSON')
    .action(async (options: { db: string; asOf: string; all?: boolean; ladders?: string; json?: boolean }) => {
      const { asOf, total, cases } = await useCase(options.db, ladderHandlers, 'ladder/due', {
        asOf: options.asOf,
        ...(options.ladders && { ladders: options.ladders }),
        all: options.all === true,
      });
      if (options.json) return void process.stdout.write(`${JSON.stringify({ asOf, cases }, moneyReplacer, 2)}\n`);
      process.stdout.write(`${dueText(cases, total, asOf)}\n`);
    });
}

function dueText(entries: readonly DueEntry[], total: number, asOf: string): string {
  const due = entries.filter((e) => e.due).length;
  const head = `${asOf}: ${due} step(s) due, ${entries.length} of ${total} case(s) listed`;
  if (entries.length === 0) return head;
  const rows = entries.map((e) => [
    String(e.caseId),
    e.debtor,
    formatCents(e.total),
    e.stage ? `${e.stage} ${e.stageOn}` : '—',
    e.settled ? 'settled' : e.next ? `${e.next.id} (${e.next.title})` : 'ladder done',
    e.nextDueOn ? (e.due ? `${e.nextDueOn} DUE${e.daysOverdue ? ` +${e.daysOverdue}d` : ''}` : e.nextDueOn) : '—',
    attention(e),
  ]);
  return `${head}\n${formatTable(['case', 'debtor', 'owed', 'stage', 'next step', 'due on', 'warnings'], rows)}`;
}

function attention(e: DueEntry): string {
  const notes = e.limitation.map((l) => `limitation ${l.name} ${l.expiresOn ?? ''} (${l.daysLeft ?? '?'} days)`);
  for (const p of e.brokenPromises) notes.push(`promise broken: ${p.amount} due ${p.dueOn}, paid ${p.paid}`);
  return notes.join('; ');
}
