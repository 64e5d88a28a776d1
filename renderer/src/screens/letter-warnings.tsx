import type { LetterWarning } from '../../../core/api/public-api.js';
import { useLanguage } from '../i18n/language.js';
import { letterWarningText } from '../i18n/letter-warning-messages.js';

/** What core changed in a document and the user should know before sending it (a guarantor left out of a complaint). */
export function LetterWarnings({ warnings }: { warnings: readonly LetterWarning[] }) {
  const { language } = useLanguage();
  if (warnings.length === 0) return null;
  return (
    <ul className="letter-warnings" role="status">
      {warnings.map((w) => (
        <li key={`${w.code}-${w.party}`}>{letterWarningText(w, language)}</li>
      ))}
    </ul>
  );
}
