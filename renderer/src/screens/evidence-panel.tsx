import { useState, type DragEvent } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { toBase64 } from '../components/to-base64.js';
import { useAction } from '../components/use-action.js';
import { useLanguage } from '../i18n/language.js';
import { EvidenceEntryForm, type EvidenceEntry } from './evidence-entry-form.js';
import { EvidenceTable } from './evidence-table.js';

/** The exhibits in filing order: add by drag and drop or file picker, describe, reorder. */
export function EvidencePanel({ id, data, onChange }: { id: number; data: CaseFile; onChange(): void }) {
  const { t } = useLanguage();
  const [pending, setPending] = useState<File>();
  const { error, run } = useAction();

  function choose(file: File | undefined) {
    if (file) setPending(file);
  }

  async function save(entry: EvidenceEntry) {
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
      <EvidenceTable caseId={id} evidence={data.evidence} onMove={(i, by) => void move(i, by)} />
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
        <EvidenceEntryForm
          key={`${pending.name}-${pending.lastModified}`}
          file={pending}
          onSave={save}
          onCancel={() => setPending(undefined)}
        />
      )}
      <ErrorBox error={error} />
    </div>
  );
}
