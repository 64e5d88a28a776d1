import { useState, type FormEvent } from 'react';
import type { ApiResult } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { FileButton } from '../components/file-button.js';
import { useAction } from '../components/use-action.js';
import { useApi } from '../components/use-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';

type Series = ApiResult<'rates/list'>[number]['series'];
const EMPTY = { series: 'lpr' as Series, date: '', rate: '', source: '' };

/**
 * Settings › Rates: how far the built-in LPR and Bank Rate data go, the values the user added after that, and
 * a form to add one. Core checks each value and says why one is refused; the calculations use them at once.
 */
export function RatesCard() {
  const { t } = useLanguage();
  const lists = useApi(() => api.send('rates/list', {}), []);
  const { error, run } = useAction();
  const [form, setForm] = useState(EMPTY);
  const [added, setAdded] = useState<string>();

  async function add(event: FormEvent) {
    event.preventDefault();
    const done = await run(() => api.send('rates/add', form));
    if (!done) return setAdded(undefined);
    setAdded(
      fill(t('rateAdded'), { series: t(`rateSeries.${form.series}`), date: form.date, rate: form.rate.replace(/%$/, '') }),
    );
    setForm({ ...EMPTY, series: form.series, source: form.source });
    lists.reload();
  }

  /** A CSV of values for the chosen series, checked and stored by core all at once (`rates/upload`). */
  async function importFile(file: File) {
    setAdded(undefined);
    const content = await file.text();
    const done = await run(() => api.send('rates/upload', { series: form.series, name: file.name, content }));
    if (!done) return;
    setAdded(fill(t('rateImported'), { count: done.added, file: file.name, series: t(`rateSeries.${form.series}`) }));
    lists.reload();
  }

  async function remove(series: Series, date: string) {
    setAdded(undefined);
    if (await run(() => api.send('rates/remove', { series, date }))) lists.reload();
  }

  const field = (
    name: 'date' | 'rate' | 'source',
    label: Parameters<typeof t>[0],
    extra: Record<string, string | boolean> = {},
  ) => (
    <label>
      {t(label)}
      <input name={`rate-${name}`} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} {...extra} />
    </label>
  );

  return (
    <section className="card rates">
      <h2>{t('rates')}</h2>
      <p className="muted">{t('ratesHint')}</p>
      {lists.data?.map((s) => (
        <div key={s.series} className={`rate-series rate-series-${s.series}`}>
          <h3>{t(`rateSeries.${s.series}`)}</h3>
          <p className="muted">
            {fill(t('rateBundled'), {
              completeThrough: s.bundled.completeThrough,
              rate: s.bundled.lastRate,
              from: s.bundled.lastFrom,
            })}
          </p>
          {s.added.length === 0 ? (
            <p className="muted">{t('rateNoneAdded')}</p>
          ) : (
            <table className="grid">
              <thead>
                <tr>
                  <th>{t('rateFrom')}</th>
                  <th>{t('ratePercent')}</th>
                  <th>{t('rateSource')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {s.added.map((r) => (
                  <tr key={r.date}>
                    <td>{r.date}</td>
                    <td>{r.rate}</td>
                    <td>{r.source}</td>
                    <td>
                      <button type="button" className="secondary" onClick={() => void remove(s.series, r.date)}>
                        {t('rateRemove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
      <form className="form" onSubmit={(e) => void add(e)}>
        <div className="columns">
          <label>
            {t('rateKind')}
            <select
              name="rate-series"
              value={form.series}
              onChange={(e) => setForm({ ...form, series: e.target.value as Series })}
            >
              <option value="lpr">{t('rateSeries.lpr')}</option>
              <option value="boe">{t('rateSeries.boe')}</option>
            </select>
          </label>
          {field('date', 'rateFrom', { type: 'date', required: true })}
          {field('rate', 'ratePercent', { inputMode: 'decimal', required: true, placeholder: '3.00' })}
          {field('source', 'rateSource', { required: true, placeholder: t('rateSourcePlaceholder') })}
        </div>
        <div className="actions">
          <button type="submit">{t('rateAdd')}</button>
          <FileButton
            label={t('rateImport')}
            accept=".csv,text/csv"
            name="rate-file"
            onFiles={(files) => void importFile(files[0]!)}
          />
          {added && <span className="ok">{added}</span>}
        </div>
        <p className="muted">{t('rateImportHint')}</p>
      </form>
      <ErrorBox error={error ?? lists.error} />
    </section>
  );
}
