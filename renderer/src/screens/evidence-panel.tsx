import { useState, type DragEvent } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { api, errorPayload } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { FileButton } from '../components/file-button.js';
import { toBase64 } from '../components/to-base64.js';
import { useAction } from '../components/use-action.js';
import { useLanguage } from '../i18n/language.js';
import { EvidencePending, pendingFile, type PendingFile } from './evidence-pending.js';
import { EvidenceTable } from './evidence-table.js';
import '../entries.css';

/** The first free exhibit id `E1`, `E2` … not in `taken`. */
function nextEvidenceId(taken: Set<string>): string {
  let n = taken.size + 1;
  while (taken.has(`E${n}`)) n++;
  return `E${n}`;
}

/**
 * The exhibits in filing order: many files added at once (dropped or chosen), each described; every exhibit can be
 * previewed, renamed and described again, moved, or removed (a revision: undo brings it back).
 */
export function EvidencePanel({ id, data, onChange }: { id: number; data: CaseFile; onChange(): void }) {
  const { t } = useLanguage();
  const [pending, setPending] = useState<PendingFile[]>([]);
  const [busy, setBusy] = useState(false);
  const { error, run } = useAction();

  const choose = (files: readonly File[]) => setPending((list) => [...list, ...files.map(pendingFile)]);

  /** Adds the files in order, each as it is described; one refused stays pending with its reason, the rest go on. */
  async function addAll() {
    setBusy(true);
    const taken = new Set(data.evidence.map((e) => e.id));
    const left: PendingFile[] = [];
    for (const f of pending) {
      const evidenceId = nextEvidenceId(taken);
      try {
        await api.send('evidence/add', {
          id,
          name: f.file.name,
          bytes: toBase64(await f.file.arrayBuffer()),
          entry: {
            id: evidenceId,
            title: f.title.trim(),
            purpose: f.purpose.trim(),
            original: f.original,
            ...(f.source.trim() && { source: f.source.trim() }),
          },
        });
        taken.add(evidenceId);
      } catch (failure) {
        left.push({ ...f, error: errorPayload(failure) });
      }
    }
    setPending(left);
    setBusy(false);
    onChange();
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
    choose([...event.dataTransfer.files]);
  };

  return (
    <div className="card evidence-card">
      <h2>{t('evidence')}</h2>
      <EvidenceTable caseId={id} evidence={data.evidence} onMove={(i, by) => void move(i, by)} onChange={onChange} />
      <div className="dropzone" onDragOver={(e) => e.preventDefault()} onDrop={drop}>
        <p>{t('dropHere')}</p>
        <FileButton label={t('chooseFiles')} name="evidence-files" multiple accept=".pdf,image/*" onFiles={choose} />
      </div>
      {pending.length > 0 && (
        <EvidencePending
          files={pending}
          busy={busy}
          onChange={setPending}
          onSubmit={() => void addAll()}
          onCancel={() => setPending([])}
        />
      )}
      <ErrorBox error={error} />
    </div>
  );
}
