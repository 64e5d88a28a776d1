import { useLanguage } from '../i18n/language.js';

/**
 * A running job's bar, what it says of its progress, and Cancel. The bar is determinate once `total` is known
 * (above zero); until then it moves without a value.
 */
export function ProgressRow({
  done,
  total,
  text,
  label,
  onCancel,
}: {
  done: number;
  total: number;
  /** What the job has done, in the interface's language ("12 / 50 letters"). */
  text: string;
  /** The bar's accessible name; "Working…" unless given. */
  label?: string;
  onCancel?(): void;
}) {
  const { t } = useLanguage();
  return (
    <div className="progress-row">
      {total > 0 ? (
        <progress max={total} value={Math.min(done, total)} aria-label={label ?? t('working')} />
      ) : (
        <progress aria-label={label ?? t('working')} />
      )}
      <span className="muted" aria-live="polite">
        {text}
      </span>
      {onCancel && (
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      )}
    </div>
  );
}
