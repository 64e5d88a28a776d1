import type { CaseFile } from '../../../core/api/public-api.js';
import { AddableCard } from '../components/addable-card.js';
import { formatMoney } from '../components/money.js';
import { useLanguage } from '../i18n/language.js';
import { groupLabel } from './desk/desk-labels.js';
import { EventForm } from './event-form.js';

/** The collection log in date order: every kind of event, who made it, what was promised, and a form to add one. */
export function TimelinePanel({ id, data, today, onChange }: { id: number; data: CaseFile; today: string; onChange(): void }) {
  const { t, language } = useLanguage();
  const events = data.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));
  return (
    <AddableCard
      className="timeline-card"
      title={t('events')}
      addLabel={t('addEvent')}
      form={(done) => <EventForm id={id} data={data} today={today} onDone={done} />}
      onAdded={onChange}
    >
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
            {e.step && <span className="tag step">{groupLabel(e.step, [], language)}</span>}
            {e.note && <span> {e.note}</span>}
            {e.promise && (
              <span className="promise">
                {' '}
                {t('promised')} {formatMoney(e.promise.amount, data.currency)} → {e.promise.dueOn}
              </span>
            )}
            {e.mailing && (
              <span className="muted">
                {' '}
                ({t('trackingNo')} {data.mailings.find((m) => m.id === e.mailing)?.trackingNo ?? '—'})
              </span>
            )}
          </li>
        ))}
      </ol>
    </AddableCard>
  );
}
