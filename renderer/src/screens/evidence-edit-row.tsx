import { useState } from 'react';
import type { CaseFile } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { useLanguage } from '../i18n/language.js';
import { Field } from './editor-field.js';
import { EntryEditForm, useEntrySave } from './entry-edit.js';

type Evidence = CaseFile['evidence'][number];

/**
 * An exhibit renamed and described again in place (its file stays): saved if it is still the one shown, as a
 * revision; a field refused shows under it in the interface's language.
 */
export function EvidenceEditRow({
  caseId,
  index,
  seen,
  onDone,
  onCancel,
}: {
  caseId: number;
  index: number;
  seen: Evidence;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useLanguage();
  const [entry, setEntry] = useState({
    title: seen.title,
    source: seen.source ?? '',
    purpose: seen.purpose,
    original: seen.original,
  });
  const state = useEntrySave(onDone);
  const path = (field: string) => `evidence[${index}].${field}`;
  const text = (field: 'title' | 'source' | 'purpose', label: 'evidenceTitle' | 'source' | 'purpose') => (
    <Field
      path={path(field)}
      label={t(label)}
      value={entry[field]}
      wide={field === 'purpose'}
      onChange={(v) => setEntry({ ...entry, [field]: v })}
    />
  );

  return (
    <EntryEditForm
      className="evidence-edit"
      state={state}
      onSave={() => void state.save(() => api.send('evidence/update', { id: caseId, index, seen, entry }))}
      onCancel={onCancel}
    >
      {text('title', 'evidenceTitle')}
      {text('source', 'source')}
      {text('purpose', 'purpose')}
      <label className="inline">
        <input
          type="checkbox"
          name={path('original')}
          checked={entry.original}
          onChange={(e) => setEntry({ ...entry, original: e.target.checked })}
        />
        {t('original')}
      </label>
    </EntryEditForm>
  );
}
