import type { DeskRow } from '../../../../core/api/public-api.js';
import { formatMoney } from '../../components/money.js';
import { fill } from '../../i18n/fill.js';
import { MESSAGES, type Language, type MessageKey } from '../../i18n/messages.js';

type T = (key: MessageKey) => string;

/** A section's heading: the step's name in the interface's language, else the ladder's own title. */
export function groupLabel(group: string, rows: readonly DeskRow[], language: Language): string {
  if (group === '') return MESSAGES[language].deskPendingGroup; // rows still being calculated
  const key = `group.${group}`;
  if (Object.hasOwn(MESSAGES[language], key)) return MESSAGES[language][key as MessageKey];
  return rows.find((r) => r.nextStep === group)?.nextStepTitle ?? group;
}

/**
 * The next step's day: overdue by how many days, due today, or the day it falls due. A step with a last day
 * (applying for enforcement) is open until then, and late only once it has passed.
 */
export function dueLabel(row: DeskRow, t: T): string {
  if (!row.nextDueOn) return '—';
  if (row.dueBy) {
    const { date, daysLeft } = row.dueBy;
    if (!row.due) return fill(t('deskOpensOn'), { date: row.nextDueOn, by: date });
    if (daysLeft < 0) return fill(t('deskOpenPassed'), { date, days: -daysLeft });
    return daysLeft === 0 ? fill(t('deskOpenLastDay'), { date }) : fill(t('deskOpenUntil'), { date, days: daysLeft });
  }
  if (row.daysOverdue === 0) return t('deskDueToday');
  if (row.due) return fill(t('deskOverdue'), { days: row.daysOverdue ?? 0 });
  return fill(t('deskDueOn'), { date: row.nextDueOn });
}

const DEADLINE_KINDS: Record<DeskRow['deadlines'][number]['kind'], MessageKey> = {
  limitation: 'deskLimitation',
  guarantee: 'deskGuarantee',
  enforcement: 'deskEnforcementDeadline',
};

/** The step is late (or due today, for a step without a last day): marked in red. */
export const isLate = (row: DeskRow): boolean => row.daysOverdue !== null;

export function deadlineLabels(row: DeskRow, t: T): string[] {
  return row.deadlines.map((d) => {
    const kind = t(DEADLINE_KINDS[d.kind]);
    const who = row.deadlines.length > 1 || d.role === 'guarantor' ? `${d.name}: ` : '';
    return (
      who +
      (d.daysLeft < 0
        ? fill(t('deskExpired'), { kind, date: d.expiresOn })
        : fill(t('deskDaysLeft'), { kind, date: d.expiresOn, days: d.daysLeft }))
    );
  });
}

export function promiseLabels(row: DeskRow, t: T): string[] {
  return row.brokenPromises.map((p) =>
    fill(t('deskBrokenPromise'), {
      date: p.dueOn,
      amount: formatMoney(p.amount, row.currency),
      paid: formatMoney(p.paid, row.currency),
    }),
  );
}
