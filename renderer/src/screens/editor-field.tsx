import { createContext, useContext, type ReactNode } from 'react';
import type { FieldError } from '../../../core/api/public-api.js';
import { fill } from '../i18n/fill.js';
import { useLanguage } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.js';

/** The fields core refused on the last save, by path, and a way to clear one as soon as it is changed. */
export interface EditorErrors {
  errorAt(path: string): FieldError | undefined;
  clear(path: string): void;
}

export const EditorErrorsContext = createContext<EditorErrors>({ errorAt: () => undefined, clear: () => {} });

/** The DOM id of a field's input: the summary's links and the first-error focus find it by its path. */
export const fieldId = (path: string) => `field-${path.replace(/[^\w-]/g, '_')}`;

/** A refused field's sentence in the interface's language, from its code and parameters. */
export function useFieldErrorText(): (error: FieldError) => string {
  const { t } = useLanguage();
  return (error) => fill(t(`err.${error.code}` as MessageKey), error.params);
}

/**
 * A labelled input of the editor: its error from core shows under it (and is announced), and clears as soon
 * as the value changes. `children` replaces the text input (a select) and gets the same id and ARIA state.
 */
export function Field({
  path,
  label,
  value,
  onChange,
  type = 'text',
  wide = false,
  inputMode,
  placeholder,
  children,
}: {
  path: string;
  label: string;
  value?: string;
  onChange?(value: string): void;
  type?: 'text' | 'date' | 'number' | 'tel';
  wide?: boolean;
  inputMode?: 'decimal' | 'numeric';
  placeholder?: string;
  children?(props: FieldProps): ReactNode;
}) {
  const { errorAt, clear } = useContext(EditorErrorsContext);
  const text = useFieldErrorText();
  const error = errorAt(path);
  const id = fieldId(path);
  const props: FieldProps = {
    id,
    name: path,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onChangeValue: (next) => {
      clear(path);
      onChange?.(next);
    },
  };
  return (
    <div className={`field${wide ? ' wide' : ''}${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children ? (
        children(props)
      ) : (
        <input
          id={id}
          name={path}
          type={type}
          value={value ?? ''}
          inputMode={inputMode}
          placeholder={placeholder}
          min={type === 'number' ? 1 : undefined}
          aria-invalid={props['aria-invalid']}
          aria-describedby={props['aria-describedby']}
          onChange={(e) => props.onChangeValue(e.target.value)}
        />
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {text(error)}
        </p>
      )}
    </div>
  );
}

export interface FieldProps {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  onChangeValue(value: string): void;
}

/** A select inside a `Field`: the options as [value, label] pairs. */
export function Choice({
  field,
  value,
  options,
}: {
  field: FieldProps;
  value: string;
  options: readonly (readonly [string, string])[];
}) {
  const { onChangeValue, ...rest } = field;
  return (
    <select {...rest} value={value} onChange={(e) => onChangeValue(e.target.value)}>
      {options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
}
