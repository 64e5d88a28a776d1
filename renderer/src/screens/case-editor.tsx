import { produce } from 'immer';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import type { CaseFile, FieldError } from '../../../core/api/public-api.js';
import { api } from '../api/client.js';
import { ErrorBox } from '../components/error-box.js';
import { useAction } from '../components/use-action.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import { EditorClaims } from './editor-claims.js';
import { EditorErrorsContext, fieldId, useFieldErrorText } from './editor-field.js';
import { EditorEvents } from './editor-events.js';
import { EditorFiling } from './editor-filing.js';
import { EditorHeader } from './editor-header.js';
import { EditorLateCharge } from './editor-late-charge.js';
import { EditorParties, type Edit } from './editor-parties.js';
import { fieldName } from '../i18n/field-names.js';
import '../editor.css';

/**
 * Every fact of a case in one form, for a new case (no `id`) or a stored one: saved whole through core
 * (`cases/save`, one revision), which reads typed amounts and answers the fields it refuses; each refusal
 * shows under its field, in the interface's language, and goes as soon as that field is changed. A case changed
 * elsewhere (evidence, mailings, the log) since the editor opened is refused, never overwritten.
 */
export function CaseEditor({
  id,
  initial,
  revision,
  today,
  onSaved,
  onCancel,
}: {
  id?: number;
  initial: CaseFile;
  /** The stored revision `initial` is (for a stored case): a save over a case changed since is refused. */
  revision?: number;
  today: string;
  onSaved(id: number): void;
  onCancel(): void;
}) {
  const { t } = useLanguage();
  const [draft, setDraft] = useState(() => structuredClone(initial));
  // The revision the editor opened on stays the one it saves over, even when the case screen reloads meanwhile.
  const [base] = useState(revision);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { error, run } = useAction();
  const errorText = useFieldErrorText();
  // Immer copies only what a change touches: the other 499 claims keep their identity, so their memoised rows
  // are not drawn again on a keystroke (bench/editor.bench.mjs).
  const edit: Edit = useCallback(
    (change) =>
      setDraft((d) =>
        produce(d, (next) => {
          change(next);
        }),
      ),
    [],
  );
  const errorContext = useMemo(() => {
    const byPath = new Map(errors.map((e) => [e.path, e]));
    return {
      errorAt: (path: string) => byPath.get(path),
      clear: (path: string) => byPath.has(path) && setErrors((all) => all.filter((e) => e.path !== path)),
    };
  }, [errors]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const answer = await run(() => api.send('cases/save', { ...(id !== undefined && { id, revision: base }), case: draft }));
    if (!answer) return;
    if ('id' in answer) return onSaved(answer.id);
    setErrors(answer.errors);
    // Keyboard users land on the first field to fix (after React has drawn its error).
    setTimeout(() => document.getElementById(fieldId(answer.errors[0]?.path ?? ''))?.focus());
  }

  return (
    <EditorErrorsContext.Provider value={errorContext}>
      <form className="card form case-editor" onSubmit={(e) => void save(e)} noValidate>
        <h2>{id === undefined ? t('ed.newCase') : t('ed.editCase')}</h2>
        {errors.length > 0 && (
          <div className="error" role="alert">
            <p>{fill(t('ed.refused'), { n: errors.length })}</p>
            <ul>
              {errors.map((e) => (
                <li key={e.path}>
                  <a
                    href={`#${fieldId(e.path)}`}
                    onClick={(ev) => (ev.preventDefault(), document.getElementById(fieldId(e.path))?.focus())}
                  >
                    {fieldName(e.path, t)}
                  </a>
                  : {errorText(e)}
                </li>
              ))}
            </ul>
          </div>
        )}
        <EditorHeader draft={draft} edit={edit} />
        <EditorParties draft={draft} edit={edit} />
        <EditorClaims draft={draft} edit={edit} />
        <EditorLateCharge draft={draft} edit={edit} />
        <EditorEvents draft={draft} edit={edit} today={today} />
        {draft.locale !== 'en-US' && <EditorFiling draft={draft} edit={edit} />}
        <ErrorBox error={error} />
        <div className="actions">
          <button type="submit">{t('ed.saveCase')}</button>
          <button type="button" className="secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </EditorErrorsContext.Provider>
  );
}
