import { useRef } from 'react';

/**
 * A button in the interface's language that opens the file chooser (the browser's own "Choose File" control
 * speaks the system's language, not ours). The input stays in the page, hidden, and is emptied after each
 * choice so that the same file can be chosen again.
 */
export function FileButton({
  label,
  onFiles,
  multiple = false,
  accept,
  className = 'secondary',
  name,
}: {
  label: string;
  onFiles(files: File[]): void;
  multiple?: boolean;
  accept?: string;
  className?: string;
  name?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        name={name}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        multiple={multiple}
        accept={accept}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
