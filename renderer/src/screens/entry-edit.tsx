import { useMemo, useState, type ReactNode } from 'react';
import type { ApiErrorPayload, FieldError } from '../../../core/api/public-api.js';
import { ErrorBox } from '../components/error-box.js';
import { useAction } from '../components/use-action.js';
import { useLanguage } from '../i18n/language.js';
import { EditorErrorsContext } from './editor-field.js';

/**
 * Saving one entry changed in place (an exhibit, a mailing): `save(work)` runs the call and, if core refuses
 * fields, keeps them for the `Field`s inside `EntryEditForm` (each shown under its input until it is changed).
 */
export function useEntrySave(onDone: () => void) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { error, run } = useAction();
  const context = useMemo(
    () => ({
      errorAt: (path: string) => errors.find((e) => e.path === path),
      clear: (path: string) => setErrors((all) => all.filter((e) => e.path !== path)),
    }),
    [errors],
  );
  async function save(work: () => Promise<{ errors: FieldError[] }>) {
    const answer = await run(work);
    if (!answer) return;
    if (answer.errors.length === 0) onDone();
    else setErrors(answer.errors);
  }
  return { context, error, save };
}

/** The form around an entry's fields: its refused fields, a save and a cancel button, and any other error. */
export function EntryEditForm({
  className,
  state,
  onSave,
  onCancel,
  children,
}: {
  className: string;
  state: { context: ReturnType<typeof useEntrySave>['context']; error: ApiErrorPayload | undefined };
  onSave(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const { t } = useLanguage();
  return (
    <EditorErrorsContext.Provider value={state.context}>
      <div className={`form inline-form ${className}`}>
        {children}
        <div className="actions">
          <button type="button" onClick={onSave}>
            {t('saveChanges')}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
        <ErrorBox error={state.error} />
      </div>
    </EditorErrorsContext.Provider>
  );
}
