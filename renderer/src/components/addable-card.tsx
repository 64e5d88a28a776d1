import { useState, type ReactNode } from 'react';
import { useLanguage } from '../i18n/language.js';

/**
 * A card whose heading has a "+ add" button that opens a form above the content; `form(done)` makes the form,
 * which calls `done` once it has added its entry (the form closes and `onAdded` runs).
 */
export function AddableCard({
  className,
  title,
  addLabel,
  form,
  onAdded,
  children,
}: {
  className: string;
  title: string;
  addLabel: string;
  form(done: () => void): ReactNode;
  onAdded(): void;
  children: ReactNode;
}) {
  const { t } = useLanguage();
  const [adding, setAdding] = useState(false);
  return (
    <div className={`card ${className}`}>
      <h2>
        {title}{' '}
        <button type="button" className="secondary small" onClick={() => setAdding(!adding)}>
          {adding ? t('cancel') : `+ ${addLabel}`}
        </button>
      </h2>
      {adding &&
        form(() => {
          setAdding(false);
          onAdded();
        })}
      {children}
    </div>
  );
}
