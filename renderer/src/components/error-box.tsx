import { useLanguage } from '../i18n/language.js';

/** Shows an error from core as it came: its message names the file or field. */
export function ErrorBox({ message }: { message: string | undefined }) {
  const { t } = useLanguage();
  if (!message) return null;
  return (
    <div className="error" role="alert">
      <strong>{t('error')}:</strong> <pre>{message}</pre>
    </div>
  );
}
