import { useState } from 'react';
import type { CaseShelf, Revision } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { useAction } from '../components/use-action.js';
import { useApi } from '../components/use-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';
import { go } from '../route.js';

const PARTS = new Set([
  'title',
  'creditor',
  'debtors',
  'contract',
  'claims',
  'payments',
  'lateCharge',
  'events',
  'evidence',
  'mailings',
  'agent',
  'filing',
]);

/**
 * A case's history: undo the last change, restore an earlier revision, archive the case or move it to the bin
 * (asked first); an archived or deleted case says so and can be brought back. Every change reloads the case.
 */
export function HistoryCard({
  id,
  revision,
  title,
  shelf,
  onChange,
}: {
  id: number;
  /** The case's newest revision: a change made anywhere on the case screen shows here at once. */
  revision: number;
  title: string;
  shelf: CaseShelf;
  onChange(): void;
}) {
  const { t, language } = useLanguage();
  const history = useApi(() => api.send('cases/history', { id }), [id, revision]);
  const { error, run } = useAction();
  const [done, setDone] = useState<string>();
  const [asking, setAsking] = useState(false);

  async function change(work: () => Promise<string | undefined>) {
    setDone(await run(work));
    history.reload();
    onChange();
  }
  const undo = () => change(async () => fill(t('undone'), { revision: (await api.send('cases/undo', { id })).restoredFrom }));
  const restore = (revision: number) =>
    change(async () => {
      await api.send('cases/restore-revision', { id, revision });
      return fill(t('restoredRevision'), { revision });
    });
  const shelve = async (mark: 'archived' | 'deleted', on: boolean) => {
    const ok = await run(() => api.send('cases/shelve', { id, mark, on }));
    if (ok && on) go({ screen: 'cases' });
    else onChange();
  };

  const revisions = history.data ?? [];
  const when = (iso: string) => new Date(iso).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB');
  const changeText = (r: Revision) => fill(t(`change.${r.change}` as MessageKey), { revision: r.restoredFrom ?? '' });
  const partsText = (r: Revision) =>
    [...new Set(r.changed.map((p) => t(`part.${PARTS.has(p) ? p : 'other'}` as MessageKey)))].join(
      language === 'zh' ? '、' : ', ',
    );

  return (
    <section className="card history">
      <h2>{t('history')}</h2>
      {shelf !== 'active' && (
        <p className="shelved">
          {t(shelf === 'archived' ? 'caseArchived' : 'caseDeleted')}{' '}
          <button type="button" onClick={() => void shelve(shelf, false)}>
            {t('bringBack')}
          </button>
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={(revisions[0]?.parent ?? null) === null} onClick={() => void undo()}>
          {t('undoLast')}
        </button>
        {shelf === 'active' && (
          <>
            <button type="button" className="secondary" onClick={() => void shelve('archived', true)}>
              {t('archiveCase')}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(true)}>
              {t('deleteCase')}
            </button>
          </>
        )}
        {done && <span className="ok">{done}</span>}
      </div>
      {asking && (
        <div className="confirm" role="alertdialog" aria-label={t('deleteConfirm')}>
          <p>{fill(t('deleteAsk'), { title })}</p>
          <div className="actions">
            <button type="button" className="destructive" onClick={() => void shelve('deleted', true)}>
              {t('deleteConfirm')}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <table>
        <thead>
          <tr>
            <th>{t('revision')}</th>
            <th>{t('when')}</th>
            <th>{t('change')}</th>
            <th>{t('partsChanged')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {revisions.map((r, i) => (
            <tr key={r.revision}>
              <td>{r.revision}</td>
              <td>{when(r.createdAt)}</td>
              <td>{changeText(r)}</td>
              <td>{partsText(r)}</td>
              <td>
                {i > 0 && (
                  <button type="button" className="secondary" onClick={() => void restore(r.revision)}>
                    {t('restoreThis')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorBox error={error ?? history.error} />
    </section>
  );
}
