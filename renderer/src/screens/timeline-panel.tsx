import type { CaseFile } from '../../../core/case/schema.js';
import { useLanguage } from '../i18n/language.js';

/** Events and mailings in date order. */
export function TimelinePanel({ data }: { data: CaseFile }) {
  const { t } = useLanguage();
  const events = [...data.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return (
    <div className="card">
      <h2>{t('events')}</h2>
      <ol className="timeline">
        {events.map((e, i) => (
          <li key={i}>
            <time>{e.date}</time> <span className="tag">{e.kind}</span> {e.party !== undefined ? data.debtors[e.party]?.name : ''}{' '}
            {e.note}
          </li>
        ))}
      </ol>
      <h2>{t('mailings')}</h2>
      <table className="grid">
        <thead>
          <tr>
            <th>{t('carrier')}</th>
            <th>{t('trackingNo')}</th>
            <th>{t('date')}</th>
            <th>{t('debtor')}</th>
            <th>{t('status')}</th>
            <th>{t('waybill')}</th>
            <th>{t('trackingRecord')}</th>
          </tr>
        </thead>
        <tbody>
          {data.mailings.map((m) => (
            <tr key={m.id}>
              <td>{m.carrier}</td>
              <td>{m.trackingNo}</td>
              <td>{m.sentOn}</td>
              <td>{data.debtors[m.to]?.name}</td>
              <td>
                {m.status} {m.deliveredOn ?? ''}
              </td>
              <td>{m.waybill ? '✓' : ''}</td>
              <td>{m.tracking ? '✓' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
