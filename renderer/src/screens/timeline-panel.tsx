import { useState } from 'react';
import type { CaseFile } from '../../../core/case/schema.js';
import { formatMoney } from '../components/money.js';
import { useLanguage } from '../i18n/language.js';
import { EventForm } from './event-form.js';

/** The collection log in date order: every kind of event, who made it, what was promised, and a form to add one. */
export function TimelinePanel({ id, data, today, onChange }: { id: number; data: CaseFile; today: string; onChange(): void }) {
  const { t } = useLanguage();
  const [adding, setAdding] = useState(false);
  const events = data.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));
  return (
    <div className="card timeline-card">
      <h2>
        {t('events')}{' '}
        <button type="button" className="secondary small" onClick={() => setAdding(!adding)}>
          {adding ? t('cancel') : `+ ${t('addEvent')}`}
        </button>
      </h2>
      {adding && (
        <EventForm
          id={id}
          data={data}
          today={today}
          onDone={() => {
            setAdding(false);
            onChange();
          }}
        />
      )}
      {events.length === 0 && <p className="muted">{t('noEvents')}</p>}
      <ol className="timeline">
        {events.map(({ e, i }) => (
          <li key={i} className={`event-${e.kind}`}>
            <time>{e.date}</time> <span className="tag">{t(`event:${e.kind}`)}</span>
            {e.party !== undefined && <span> {data.debtors[e.party]?.name}</span>}
            {e.by && (
              <span className="muted">
                {' '}
                · {t('by')} {e.by}
              </span>
            )}
            {e.step && <span className="tag step">{e.step}</span>}
            {e.note && <span> {e.note}</span>}
            {e.promise && (
              <span className="promise">
                {' '}
                {t('promised')} {formatMoney(e.promise.amount, data.currency)} → {e.promise.dueOn}
              </span>
            )}
            {e.mailing && <span className="muted"> ({e.mailing})</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
