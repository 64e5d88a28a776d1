import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client.js';
import { ErrorBox } from '../../components/error-box.js';
import { useApi } from '../../components/use-api.js';
import { fill } from '../../i18n/fill.js';
import { useLanguage } from '../../i18n/language.js';
import { BatchComplaintsDialog } from './batch-complaints-dialog.js';
import { BatchLettersDialog } from './batch-letters-dialog.js';
import { groupLabel } from './desk-labels.js';
import { DeskTable } from './desk-table.js';
import { ANY, choices, deskSections, searchText, type DeskSort, type SortKey } from './desk-view.js';
import './desk.css';

const WINDOWS = [30, 60, 90] as const;
/** Rows drawn at once, more on request: the DOM stays small with 10,000 cases. */
const PAGE = 100;

/**
 * The home screen: what is due as of a chosen day, grouped by each case's next ladder step, with broken
 * promises to pay and the limitation and guarantee deadlines within the chosen window; select cases and
 * make their letters in one batch.
 */
export function DeskScreen() {
  const { t, language } = useLanguage();
  const [asOf, setAsOf] = useState<string>();
  const [windowDays, setWindowDays] = useState<number>(90);
  const desk = useApi(() => api.send('desk/list', { ...(asOf && { asOf }), windowDays, all: true }), [asOf, windowDays]);
  // Cases not calculated yet come back `pending`: ask again until every figure is there.
  const pending = desk.data?.pending ?? 0;
  const reload = desk.reload;
  useEffect(() => {
    if (pending === 0) return;
    const timer = setTimeout(reload, 500);
    return () => clearTimeout(timer);
  }, [pending, desk.data, reload]);

  const [group, setGroup] = useState<string>(ANY);
  const [creditor, setCreditor] = useState<string>(ANY);
  const [query, setQuery] = useState('');
  const [attentionOnly, setAttentionOnly] = useState(true);
  const [sort, setSort] = useState<DeskSort>({ key: 'next', descending: false });
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [batch, setBatch] = useState(false);
  const [complaints, setComplaints] = useState(false);

  const rows = useMemo(() => desk.data?.cases ?? [], [desk.data]);
  const haystack = useMemo(() => searchText(rows), [rows]);
  const options = useMemo(() => choices(rows), [rows]);
  const filter = useDeferredValue({ group, creditor, query, attentionOnly });
  const sections = useMemo(() => deskSections(rows, haystack, filter, sort), [rows, haystack, filter, sort]);
  const shown = sections.reduce((n, s) => n + s.rows.length, 0);
  // The counts are of the cases the filters show, so that they answer for the creditor or step chosen.
  const counts = useMemo(() => {
    const shownRows = sections.flatMap((s) => s.rows);
    return {
      due: shownRows.filter((r) => r.due).length,
      promises: shownRows.filter((r) => r.brokenPromises.length > 0).length,
      deadlines: shownRows.filter((r) => r.deadlines.length > 0).length,
    };
  }, [sections]);

  const toggle = useCallback(
    (id: number) =>
      setSelected((now) => {
        const next = new Set(now);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const onSort = useCallback(
    (key: SortKey) => setSort((now) => ({ key, descending: now.key === key ? !now.descending : false })),
    [],
  );
  const allShown = sections.flatMap((s) => s.rows.map((r) => r.id));
  // A complaint is the suit step's paper: only the selected cases at that step get one.
  const atSuit = useMemo(
    () => rows.filter((r) => r.nextStep === 'suit' && selected.has(r.id)).map((r) => r.id),
    [rows, selected],
  );
  const everyShownSelected = allShown.length > 0 && allShown.every((id) => selected.has(id));

  return (
    <section className="desk-screen">
      <h1>{t('desk')}</h1>
      <div className="toolbar wrap">
        <label>
          {t('deskAsOf')}{' '}
          <input
            type="date"
            aria-label={t('deskAsOf')}
            value={asOf ?? desk.data?.asOf ?? ''}
            required
            onChange={(e) => e.target.value && setAsOf(e.target.value)}
          />
        </label>
        <label>
          {t('deskWindow')}{' '}
          <select aria-label={t('deskWindow')} value={windowDays} onChange={(e) => setWindowDays(Number(e.target.value))}>
            {WINDOWS.map((w) => (
              <option key={w} value={w}>
                {fill(t('deskWindowDays'), { days: w })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('deskNext')}{' '}
          <select aria-label={t('deskNext')} value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value={ANY}>{t('deskAllGroups')}</option>
            {options.groups.map((g) => (
              <option key={g} value={g}>
                {groupLabel(g, rows, language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('deskCreditor')}{' '}
          <select aria-label={t('deskCreditor')} value={creditor} onChange={(e) => setCreditor(e.target.value)}>
            <option value={ANY}>{t('deskAllCreditors')}</option>
            {options.creditors.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <input
          className="search"
          type="search"
          placeholder={t('search')}
          aria-label={t('search')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setLimit(PAGE);
          }}
        />
        <label className="inline">
          <input type="checkbox" checked={attentionOnly} onChange={(e) => setAttentionOnly(e.target.checked)} />{' '}
          {t('deskAttentionOnly')}
        </label>
      </div>
      <ErrorBox error={desk.error} />
      {desk.data && (
        <>
          <ul className="desk-counts">
            <li className={counts.due > 0 ? 'danger' : undefined}>
              {t('deskCountDue')} <strong>{counts.due}</strong>
            </li>
            <li className={counts.promises > 0 ? 'warning' : undefined}>
              {t('deskCountPromises')} <strong>{counts.promises}</strong>
            </li>
            <li className={counts.deadlines > 0 ? 'danger' : undefined}>
              {t('deskCountDeadlines')} <strong>{counts.deadlines}</strong>
            </li>
            {pending > 0 && <li className="muted">{fill(t('deskCalculating'), { count: pending })}</li>}
          </ul>
          <div className="toolbar selection">
            <label className="inline">
              <input
                type="checkbox"
                checked={everyShownSelected}
                onChange={() => setSelected(everyShownSelected ? new Set() : new Set([...selected, ...allShown]))}
              />{' '}
              {t('deskSelectAll')}
            </label>
            <span className="muted" aria-live="polite">
              {fill(t('deskSelected'), { count: selected.size })} · {fill(t('deskShown'), { shown, total: desk.data.total })}
            </span>
            {selected.size > 0 && (
              <button type="button" className="secondary" onClick={() => setSelected(new Set())}>
                {t('deskClearSelection')}
              </button>
            )}
            <button type="button" disabled={selected.size === 0} onClick={() => setBatch(true)}>
              {t('makeLetters')}
            </button>
            <button type="button" disabled={atSuit.length === 0} onClick={() => setComplaints(true)}>
              {t('makeComplaints')}
            </button>
          </div>
          {desk.data.total === 0 ? (
            <p className="empty desk-start">
              {t('deskNoCasesYet')} <a href="#/new">{t('newCase')}</a> · <a href="#/import">{t('deskImportBatch')}</a>
            </p>
          ) : shown === 0 ? (
            <p className="empty">{t('deskNoCases')}</p>
          ) : (
            <DeskTable sections={sections} limit={limit} selected={selected} onToggle={toggle} sort={sort} onSort={onSort} />
          )}
          {shown > limit && (
            <button type="button" className="secondary more" onClick={() => setLimit(limit + PAGE)}>
              {t('showMore')} ({shown - limit})
            </button>
          )}
        </>
      )}
      {complaints && desk.data && (
        <BatchComplaintsDialog
          caseIds={atSuit}
          others={selected.size - atSuit.length}
          asOf={desk.data.asOf}
          onClose={() => setComplaints(false)}
        />
      )}
      {batch && desk.data && (
        <BatchLettersDialog
          caseIds={[...selected]}
          rows={rows}
          asOf={desk.data.asOf}
          steps={desk.data.letterSteps}
          onClose={(changed: boolean) => {
            setBatch(false);
            if (changed) {
              setSelected(new Set());
              reload();
            }
          }}
        />
      )}
    </section>
  );
}
