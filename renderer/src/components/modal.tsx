import { useId, type ReactNode } from 'react';

/**
 * A modal dialog over a dimmed page, named by its heading. Escape asks `onClose`; the owner decides whether
 * closing is allowed (not while its work runs).
 */
export function Modal({
  title,
  className,
  onClose,
  children,
}: {
  title: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}) {
  const heading = useId();
  return (
    <div className="modal-backdrop">
      <div
        className={className ? `modal card ${className}` : 'modal card'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={heading}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id={heading}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
