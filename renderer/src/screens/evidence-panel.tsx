import { useState, type DragEvent, type FormEvent } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { toBase64 } from '../components/to-base64.js';
import { useAction } from '../components/use-action.js';
import { useLanguage } from '../i18n/language.js';
import { Thumbnail } from './thumbnail.js';

/** The exhibits in filing order: add by drag and drop or file picker, describe, reorder. */
export function EvidencePanel({ id, data, onChange }: { id: number; data: CaseFile; onChange(): void }) {
  const { t } = useLanguage();
  const [pending, setPending] = useState<File>();
  const [entry, setEntry] = useState({ title: '', source: '', purpose: '', original: true });
  const { error, run } = useAction();

  function choose(file: File | undefined) {
    if (!file) return;
    setPending(file);
    setEntry({ title: file.name.replace(/\.[^.]+$/, ''), source: '', purpose: '', original: true });
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!pending) return;
    const nextId = `E${data.evidence.length + 1}`;
    const evidenceId = data.evidence.some((e) => e.id === nextId) ? `E${Date.now()}` : nextId;
    await run(async () => {
      await api.send('evidence/add', {
        id,
        name: pending.name,
        bytes: toBase64(await pending.arrayBuffer()),
        entry: {
          id: evidenceId,
          title: entry.title,
          purpose: entry.purpose,
          original: entry.original,
          ...(entry.source ? { source: entry.source } : {}),
        },
      });
      setPending(undefined);
      onChange();
    });
  }

  async function move(index: number, by: -1 | 1) {
    const evidence = [...data.evidence];
    const [item] = evidence.splice(index, 1);
    evidence.splice(index + by, 0, item!);
    await run(async () => {
      await api.send('cases/update', { id, case: { ...data, evidence } });
      onChange();
    });
  }

  const drop = (event: DragEvent) => {
    event.preventDefault();
    choose(event.dataTransfer.files[0]);
  };

  return (
    <div className="card">
      <h2>{t('evidence')}</h2>
      <table className="grid evidence">
        <tbody>
          {data.evidence.map((e, i) => (
            <tr key={e.id}>
              <td>{i + 1}</td>
              <td>
                <Thumbnail caseId={id} path={e.file} />
              </td>
              <td>{e.title}</td>
              <td>{e.source}</td>
              <td>{e.purpose}</td>
              <td>{e.original ? t('original') : t('copy')}</td>
              <td className="actions">
                <button type="button" className="secondary" disabled={i === 0} onClick={() => void move(i, -1)} aria-label="up">
                  ↑
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={i === data.evidence.length - 1}
                  onClick={() => void move(i, 1)}
                  aria-label="down"
                >
                  ↓
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="dropzone" onDragOver={(e) => e.preventDefault()} onDrop={drop}>
        {t('dropHere')}
        <input
          key={data.evidence.length}
          type="file"
          aria-label={t('addEvidence')}
          onChange={(e) => choose(e.target.files?.[0])}
          accept=".pdf,image/*"
        />
      </label>
      {pending && (
        <form className="form" onSubmit={(e) => void save(e)}>
          <p>{pending.name}</p>
          <label>
            {t('evidenceTitle')}
            <input name="title" value={entry.title} onChange={(e) => setEntry({ ...entry, title: e.target.value })} />
          </label>
          <label>
            {t('source')}
            <input name="source" value={entry.source} onChange={(e) => setEntry({ ...entry, source: e.target.value })} />
          </label>
          <label>
            {t('purpose')}
            <input name="purpose" value={entry.purpose} onChange={(e) => setEntry({ ...entry, purpose: e.target.value })} />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              name="original"
              checked={entry.original}
              onChange={(e) => setEntry({ ...entry, original: e.target.checked })}
            />
            {t('original')}
          </label>
          <div className="actions">
            <button type="submit">{t('save')}</button>
            <button type="button" className="secondary" onClick={() => setPending(undefined)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      <ErrorBox error={error} />
    </div>
  );
}
