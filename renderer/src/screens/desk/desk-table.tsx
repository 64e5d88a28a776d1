import { memo } from 'react';
import type { DeskRow } from '../../../../core/api/public-api.js';
import { formatMoney } from '../../components/money.js';
import { useLanguage } from '../../i18n/language.js';
import type { MessageKey } from '../../i18n/messages.js';
import { stageLabel } from '../stage-label.js';
import { deadlineLabels, dueLabel, groupLabel, isLate, promiseLabels } from './desk-labels.js';
import type { DeskSection, DeskSort, SortKey } from './desk-view.js';

const COLUMNS = 8;

interface RowProps {
  row: DeskRow;
  selected: boolean;
  onToggle(id: number): void;
}

const Row = memo(function Row({ row, selected, onToggle }: RowProps) {
  const { t, language } = useLanguage();
  const deadlines = deadlineLabels(row, t);
  const promises = promiseLabels(row, t);
  return (
    <tr className={selected ? 'selected' : undefined} aria-busy={row.pending || undefined} data-case={row.id}>
      <td>
        <input
          type="checkbox"
          checked={selected}
          onChange={() => onToggle(row.id)}
          aria-label={`${t('deskSelect')} ${row.title}`}
        />
      </td>
      <td>
        <a href={`#/case/${row.id}`}>{row.title}</a>
        <div className="muted">{row.debtor}</div>
      </td>
      <td>{row.creditor}</td>
      <td className="num" title={row.owedUnder === 'judgment' ? t('owedUnderJudgmentFull') : undefined}>
        {formatMoney(row.total, row.currency)}
        {row.owedUnder === 'judgment' && <div className="muted owed-under">{t('owedUnderJudgment')}</div>}
      </td>
      <td>
        {stageLabel(row.stage, row.stageTitle, language)}
        {row.stageOn && <div className="muted">{row.stageOn}</div>}
      </td>
      <td className={isLate(row) ? 'danger' : undefined}>
        {row.nextStep ? stageLabel(row.nextStep, row.nextStepTitle, language) : '—'}
        <div className={isLate(row) ? 'overdue' : 'muted'}>{dueLabel(row, t)}</div>
      </td>
      <td>
        {deadlines.map((d) => (
          <div key={d} className="danger">
            {d}
          </div>
        ))}
      </td>
      <td>
        {promises.map((p) => (
          <div key={p} className="warning">
            {p}
          </div>
        ))}
        {row.problem && <div className="danger">{t('deskCannotCalculate')}</div>}
      </td>
    </tr>
  );
});

function SortHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: SortKey;
  sort: DeskSort;
  onSort(key: SortKey): void;
}) {
  const { t } = useLanguage();
  const active = sort.key === column;
  return (
    <th
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      className={column === 'amount' ? 'num' : undefined}
    >
      <button type="button" className="sort" title={t('deskSortBy')} onClick={() => onSort(column)}>
        {label} {active ? (sort.descending ? '▼' : '▲') : ''}
      </button>
    </th>
  );
}

/** The desk's table: one body per step, each with its heading and count; at most `limit` rows drawn in all. */
export function DeskTable(props: {
  sections: readonly DeskSection[];
  limit: number;
  selected: ReadonlySet<number>;
  onToggle(id: number): void;
  sort: DeskSort;
  onSort(key: SortKey): void;
}) {
  const { t, language } = useLanguage();
  const header = (key: MessageKey, column: SortKey) => (
    <SortHeader label={t(key)} column={column} sort={props.sort} onSort={props.onSort} />
  );
  // How many rows each section may draw: the first `limit` rows in section order.
  const starts = props.sections.map((_, i) => props.sections.slice(0, i).reduce((n, s) => n + s.rows.length, 0));
  return (
    <table className="grid desk">
      <thead>
        <tr>
          <th className="pick">
            <span className="visually-hidden">{t('deskSelect')}</span>
          </th>
          <th>{t('title')}</th>
          {header('deskCreditor', 'creditor')}
          {header('deskAmount', 'amount')}
          {header('deskStage', 'stage')}
          {header('deskNext', 'next')}
          {header('deskDeadline', 'deadline')}
          <th>{t('deskAlerts')}</th>
        </tr>
      </thead>
      {props.sections.map((section, i) => {
        const drawn = section.rows.slice(0, Math.max(0, props.limit - starts[i]!));
        return (
          <tbody key={section.group} data-group={section.group}>
            <tr className="group">
              <th colSpan={COLUMNS} scope="colgroup">
                {groupLabel(section.group, section.rows, language)} <span className="muted">({section.rows.length})</span>
              </th>
            </tr>
            {drawn.map((row) => (
              <Row key={row.id} row={row} selected={props.selected.has(row.id)} onToggle={props.onToggle} />
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
