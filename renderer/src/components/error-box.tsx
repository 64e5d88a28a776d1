import type { ApiErrorPayload } from '../../../core/api/public-api.js';
import { errorText } from '../i18n/error-messages.js';
import { useLanguage } from '../i18n/language.js';

/** Shows an error from core in the interface's language, from its code and parameters where it has them. */
export function ErrorBox({ error }: { error: ApiErrorPayload | undefined }) {
  const { t, language } = useLanguage();
  if (!error) return null;
  return (
    <div className="error" role="alert">
      <strong>{t('error')}:</strong> <pre>{errorText(error, language)}</pre>
    </div>
  );
}
