import { useState } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { formatMoney } from '../components/money.js';
import { useAction } from '../components/use-action.js';
import { useLanguage } from '../i18n/language.js';
import { CONTACT_KINDS, LogEntryForm } from './log-entry-form.js';

type CaseEvent = CaseFile['events'][number];

/**
 * The collection log of one case: each call, message, visit and promise to pay with its outcome, added,
 * changed or removed here. Every change is a revision of the case (undo brings an entry back); a promise
 * changed here is what the ladder's broken-promise check reads.
 */
export function CollectionLogPanel({
  id,
  data,
  today,
  onChange,
}: {
  id: number;
  data: CaseFile;
  today: string;
  onChange(): void;
}) {
  const { t } = useLanguage();
  const { error, run } = useAction();
  const [editing, setEditing] = useState<number | 'new'>();
  const [asking, setAsking] = useState<number>();
  const entries = data.events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => (CONTACT_KINDS as readonly string[]).includes(e.kind))
    .sort((a, b) => (a.e.date < b.e.date ? 1 : a.e.date > b.e.date ? -1 : b.i - a.i));

  async function remove(index: number, seen: CaseEvent) {
    await run(async () => {
      await api.send('events/remove', { id, index, seen });
      setAsking(undefined);
      onChange();
    });
  }

  const done = () => {
    setEditing(undefined);
    onChange();
  };
  return (
    <div className="card collection-log">
      <h2>{t('collectionLog')}</h2>
      <p className="muted">{t('logIntro')}</p>
      {entries.length === 0 && <p className="muted">{t('noContacts')}</p>}
      <table className="grid log-entries">
        <tbody>
          {entries.map(({ e, i }) =>
            editing === i ? (
              <tr key={i}>
                <td colSpan={6}>
                  <LogEntryForm
                    id={id}
                    data={data}
                    today={today}
                    index={i}
                    seen={e}
                    onDone={done}
                    onCancel={() => setEditing(undefined)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={i} className={`log-${e.kind}`}>
                <td>{e.date}</td>
                <td>
                  <span className="tag">{t(`event:${e.kind}`)}</span>
                </td>
                <td>{e.outcome ? t(`outcome.${e.outcome}`) : ''}</td>
                <td>
                  {e.promise && (
                    <span className="promise">
                      {t('promised')} {formatMoney(e.promise.amount, data.currency)} → {e.promise.dueOn}
                    </span>
                  )}
                  {e.note && <span> {e.note}</span>}
                </td>
                <td className="muted">{e.by}</td>
                <td className="actions">
                  {asking === i ? (
                    <span role="alertdialog" aria-label={t('removeAsk')}>
                      {t('removeAsk')}{' '}
                      <button type="button" onClick={() => void remove(i, e)}>
                        {t('removeEntry')}
                      </button>{' '}
                      <button type="button" className="secondary" onClick={() => setAsking(undefined)}>
                        {t('cancel')}
                      </button>
                    </span>
                  ) : (
                    <>
                      <button type="button" className="link" onClick={() => setEditing(i)}>
                        {t('editEntry')}
                      </button>{' '}
                      <button type="button" className="link" onClick={() => setAsking(i)}>
                        {t('removeEntry')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {editing === 'new' ? (
        <LogEntryForm id={id} data={data} today={today} onDone={done} onCancel={() => setEditing(undefined)} />
      ) : (
        <button type="button" className="secondary" onClick={() => setEditing('new')}>
          {t('addContact')}
        </button>
      )}
      <ErrorBox error={error} />
    </div>
  );
}
