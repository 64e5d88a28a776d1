import { useMemo, useState } from 'react';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { formatMoney } from '../components/money.js';
import { useApi } from '../components/use-api.js';
import { useLanguage } from '../i18n/language.js';
import { go } from '../route.js';
import { NewCaseForm } from './new-case-form.js';

/** The cases table: what is owed and when limitation runs out, with search across title, debtor, contract. */
export function CasesScreen() {
  const { t } = useLanguage();
  const cases = useApi(() => api.send('cases/list', {}), []);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const rows = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const all = cases.data ?? [];
    return needle === ''
      ? all
      : all.filter((c) => [c.title, c.debtor, c.contractNumber ?? ''].some((f) => f.toLowerCase().includes(needle)));
  }, [cases.data, query]);

  return (
    <section>
      <div className="toolbar">
        <input
          className="search"
          type="search"
          placeholder={t('search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label={t('search')}
        />
        <button type="button" onClick={() => setCreating(true)}>
          {t('newCase')}
        </button>
      </div>
      {creating && <NewCaseForm onDone={(id) => (id ? go({ screen: 'case', id }) : setCreating(false))} />}
      <ErrorBox message={cases.error} />
      {cases.data && cases.data.length === 0 && <p className="empty">{t('noCases')}</p>}
      {cases.data && cases.data.length > 0 && (
        <table className="grid cases">
          <thead>
            <tr>
              <th>{t('title')}</th>
              <th>{t('debtor')}</th>
              <th>{t('contractNumber')}</th>
              <th className="num">{t('outstanding')}</th>
              <th className="num">{t('total')}</th>
              <th>{t('limitation')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id} onClick={() => go({ screen: 'case', id: c.id })}>
                <td>
                  <a href={`#/case/${c.id}`}>{c.title}</a>
                </td>
                <td>{c.debtor}</td>
                <td>{c.contractNumber}</td>
                <td className="num">{formatMoney(c.outstanding, c.currency)}</td>
                <td className="num">{formatMoney(c.total, c.currency)}</td>
                <td className={c.limitationWarning ? 'danger' : undefined} title={c.problem ?? undefined}>
                  {c.limitationExpiresOn ?? '—'}
                </td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={6} className="empty">
                  {t('noMatch')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
