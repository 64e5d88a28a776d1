import type { ApiErrorPayload } from '../../../core/api/public-api.js';
import { ErrorBox } from '../components/error-box.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';

/** One chosen file waiting to become an exhibit, with what the user writes about it and why it was refused, if it was. */
export interface PendingFile {
  key: string;
  file: File;
  title: string;
  source: string;
  purpose: string;
  original: boolean;
  error?: ApiErrorPayload;
}

let counter = 0;

/** A chosen file as a pending exhibit; its title starts as the file's name without the extension. */
export function pendingFile(file: File): PendingFile {
  counter += 1;
  return { key: `${counter}`, file, title: file.name.replace(/\.[^.]+$/, ''), source: '', purpose: '', original: true };
}

/**
 * Every file chosen or dropped at once, each with its title, source, purpose and original/copy, added together;
 * a file is only ever left out by the user's own "do not add", and one refused stays here with its reason.
 */
export function EvidencePending({
  files,
  busy,
  onChange,
  onSubmit,
  onCancel,
}: {
  files: PendingFile[];
  busy: boolean;
  onChange(files: PendingFile[]): void;
  onSubmit(): void;
  onCancel(): void;
}) {
  const { t } = useLanguage();
  const set = (key: string, change: Partial<PendingFile>) =>
    onChange(files.map((f) => (f.key === key ? { ...f, ...change, error: undefined } : f)));
  return (
    <form
      className="form evidence-pending"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <p>{fill(t('pendingFiles'), { n: files.length })}</p>
      {files.map((f, i) => (
        <fieldset key={f.key} className="pending-file">
          <legend>{fill(t('evidenceFileN'), { n: i + 1, name: f.file.name })}</legend>
          <label>
            {t('evidenceTitle')}
            <input name={`pending-${i}-title`} value={f.title} onChange={(e) => set(f.key, { title: e.target.value })} />
          </label>
          <label>
            {t('source')}
            <input name={`pending-${i}-source`} value={f.source} onChange={(e) => set(f.key, { source: e.target.value })} />
          </label>
          <label className="wide">
            {t('purpose')}
            <input name={`pending-${i}-purpose`} value={f.purpose} onChange={(e) => set(f.key, { purpose: e.target.value })} />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              name={`pending-${i}-original`}
              checked={f.original}
              onChange={(e) => set(f.key, { original: e.target.checked })}
            />
            {t('original')}
          </label>
          <button
            type="button"
            className="link"
            onClick={() => onChange(files.filter((x) => x.key !== f.key))}
            aria-label={`${t('dropFile')}: ${f.file.name}`}
          >
            {t('dropFile')}
          </button>
          <ErrorBox error={f.error} />
        </fieldset>
      ))}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {fill(t('addAllFiles'), { n: files.length })}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
