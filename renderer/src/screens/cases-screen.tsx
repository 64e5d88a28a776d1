import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { CaseShelf } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { useApi } from '../components/use-api.js';
import { useLanguage } from '../i18n/language.js';
import { go } from '../route.js';
import { ALL_STAGES, filterCases, indexCases, stagesOf } from './case-filter.js';
import { CasesTable } from './cases-table.js';
import { ImportFolderButton } from './import-folder-button.js';
import { NewCaseForm } from './new-case-form.js';
import { stageLabel } from './stage-label.js';

const SHELVES: readonly CaseShelf[] = ['active', 'archived', 'deleted'];

/** Rows drawn at once; more on request. Keeps each keystroke fast with 10,000 cases (bench/case-list.bench.mjs). */
const PAGE = 50;

/** The cases table: what is owed, the ladder stage, when limitation runs out; search and filter by stage. */
export function CasesScreen({ create = false }: { create?: boolean }) {
  const { t, language } = useLanguage();
  const [shelf, setShelf] = useState<CaseShelf>('active');
  const cases = useApi(() => api.send('cases/list', { shelf }), [shelf]);
  // A very large case is calculated in the background and comes back `pending`: ask again until it is done.
  const pending = cases.data?.some((c) => c.pending) ?? false;
  const reload = cases.reload;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(reload, 500);
    return () => clearTimeout(timer);
  }, [pending, cases.data, reload]);
  const settings = useApi(() => api.send('settings/get', {}), []);
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState(ALL_STAGES);
  const [limit, setLimit] = useState(PAGE);
  // `#/new` (the empty desk links to it) opens with the new-case form showing.
  const [creating, setCreating] = useState(create);
  // The box shows each keystroke at once; the table follows when React has time (and skips stale queries).
  const deferredQuery = useDeferredValue(query);
  const deferredStage = useDeferredValue(stage);
  const indexed = useMemo(() => indexCases(cases.data ?? []), [cases.data]);
  const stages = useMemo(() => stagesOf(cases.data ?? []), [cases.data]);
  const rows = useMemo(() => filterCases(indexed, deferredQuery, deferredStage), [indexed, deferredQuery, deferredStage]);

  return (
    <section>
      <div className="toolbar">
        <input
          className="search"
          type="search"
          placeholder={t('search')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setLimit(PAGE);
          }}
          aria-label={t('search')}
        />
        <select aria-label={t('shelf')} value={shelf} onChange={(e) => setShelf(e.target.value as CaseShelf)}>
          {SHELVES.map((s) => (
            <option key={s} value={s}>
              {t(`shelf.${s}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('stage')} value={stage} onChange={(e) => setStage(e.target.value)}>
          <option value={ALL_STAGES}>{t('allStages')}</option>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {stageLabel(s.id === '-' ? null : s.id, s.title, language)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => setCreating(true)}>
          {t('newCase')}
        </button>
        <ImportFolderButton />
      </div>
      {creating && settings.data && (
        <NewCaseForm
          defaultLocale={settings.data.settings.defaultLocale}
          onDone={(id) => (id ? go({ screen: 'case', id }) : setCreating(false))}
        />
      )}
      <ErrorBox error={cases.error} />
      {cases.data && cases.data.length === 0 && <p className="empty">{t('noCases')}</p>}
      {cases.data && cases.data.length > 0 && (
        <>
          <p className="muted count">
            {rows.length} / {cases.data.length} {t('casesShown')}
          </p>
          <CasesTable rows={rows} limit={limit} query={deferredQuery} />
          {rows.length > limit && (
            <button type="button" className="secondary more" onClick={() => setLimit(limit + PAGE)}>
              {t('showMore')} ({rows.length - limit})
            </button>
          )}
        </>
      )}
    </section>
  );
}
