import { useState, type FormEvent } from 'react';
import { useLanguage } from '../i18n/language.js';

/** What the user writes about an exhibit before it is added: its title, source, purpose, original or copy. */
export interface EvidenceEntry {
  title: string;
  source: string;
  purpose: string;
  original: boolean;
}

/** Describes a chosen file before it becomes an exhibit; the title starts as the file's name. */
export function EvidenceEntryForm({
  file,
  onSave,
  onCancel,
}: {
  file: File;
  onSave(entry: EvidenceEntry): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useLanguage();
  const [entry, setEntry] = useState<EvidenceEntry>({
    title: file.name.replace(/\.[^.]+$/, ''),
    source: '',
    purpose: '',
    original: true,
  });
  const text = (name: 'title' | 'source' | 'purpose', label: 'evidenceTitle' | 'source' | 'purpose') => (
    <label>
      {t(label)}
      <input name={name} value={entry[name]} onChange={(e) => setEntry({ ...entry, [name]: e.target.value })} />
    </label>
  );

  return (
    <form
      className="form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void onSave(entry);
      }}
    >
      <p>{file.name}</p>
      {text('title', 'evidenceTitle')}
      {text('source', 'source')}
      {text('purpose', 'purpose')}
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
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
