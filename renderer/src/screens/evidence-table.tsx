import { useState } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { useAction } from '../components/use-action.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import { EvidenceEditRow } from './evidence-edit-row.js';
import { EvidencePreview } from './evidence-preview.js';
import { isDrawable, Thumbnail } from './thumbnail.js';

type Evidence = CaseFile['evidence'][number];

/**
 * The exhibits in filing order: each thumbnail opens a preview; each can be moved, edited in place, or removed
 * after a confirmation (a revision of the case: undo brings it back).
 */
export function EvidenceTable({
  caseId,
  evidence,
  onMove,
  onChange,
}: {
  caseId: number;
  evidence: CaseFile['evidence'];
  onMove(index: number, by: -1 | 1): void;
  onChange(): void;
}) {
  const { t } = useLanguage();
  const [editing, setEditing] = useState<number>();
  const [asking, setAsking] = useState<number>();
  const [previewing, setPreviewing] = useState<Evidence>();
  const { error, run } = useAction();

  async function remove(index: number, seen: Evidence) {
    await run(async () => {
      await api.send('evidence/remove', { id: caseId, index, seen });
      setAsking(undefined);
      onChange();
    });
  }

  return (
    <>
      <table className="grid evidence">
        <thead>
          <tr>
            <th scope="col">{t('indexNo')}</th>
            <th scope="col">{t('evidencePicture')}</th>
            <th scope="col">{t('evidenceTitle')}</th>
            <th scope="col">{t('source')}</th>
            <th scope="col">{t('purpose')}</th>
            <th scope="col">{t('originalOrCopy')}</th>
            <th scope="col">{t('evidenceActions')}</th>
          </tr>
        </thead>
        <tbody>
          {evidence.map((e, i) =>
            editing === i ? (
              <tr key={e.id}>
                <td>{i + 1}</td>
                <td colSpan={6}>
                  <EvidenceEditRow
                    caseId={caseId}
                    index={i}
                    seen={e}
                    onDone={() => {
                      setEditing(undefined);
                      onChange();
                    }}
                    onCancel={() => setEditing(undefined)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={e.id}>
                <td>{i + 1}</td>
                <td>
                  {isDrawable(e.file) ? (
                    <button
                      type="button"
                      className="thumb-button"
                      aria-label={fill(t('openPreview'), { title: e.title })}
                      title={fill(t('openPreview'), { title: e.title })}
                      onClick={() => setPreviewing(e)}
                    >
                      <Thumbnail caseId={caseId} path={e.file} />
                    </button>
                  ) : (
                    <Thumbnail caseId={caseId} path={e.file} />
                  )}
                </td>
                <td>{e.title}</td>
                <td>{e.source}</td>
                <td>{e.purpose}</td>
                <td>{e.original ? t('original') : t('copy')}</td>
                <td className="actions">
                  {asking === i ? (
                    <span role="alertdialog" aria-label={fill(t('removeEvidenceAsk'), { title: e.title })}>
                      {fill(t('removeEvidenceAsk'), { title: e.title })}{' '}
                      <button type="button" onClick={() => void remove(i, e)}>
                        {t('removeEvidence')}
                      </button>{' '}
                      <button type="button" className="secondary" onClick={() => setAsking(undefined)}>
                        {t('cancel')}
                      </button>
                    </span>
                  ) : (
                    <>
                      <button
                        type="button"
                        className="secondary"
                        disabled={i === 0}
                        onClick={() => onMove(i, -1)}
                        aria-label={fill(t('moveUp'), { title: e.title })}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        disabled={i === evidence.length - 1}
                        onClick={() => onMove(i, 1)}
                        aria-label={fill(t('moveDown'), { title: e.title })}
                      >
                        ↓
                      </button>{' '}
                      <button type="button" className="link" onClick={() => setEditing(i)}>
                        {t('editEvidence')}
                      </button>{' '}
                      <button type="button" className="link" onClick={() => setAsking(i)}>
                        {t('removeEvidence')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {previewing && (
        <EvidencePreview
          caseId={caseId}
          path={previewing.file}
          title={previewing.title}
          onClose={() => setPreviewing(undefined)}
        />
      )}
      <ErrorBox error={error} />
    </>
  );
}
