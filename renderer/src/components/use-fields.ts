import { useState } from 'react';

/** A form's text fields and a change handler per field: `<input value={fields.x} onChange={set('x')} />`. */
export function useFields<T extends Record<string, string>>(initial: T) {
  const [fields, setFields] = useState(initial);
  const set = (name: keyof T) => (e: { target: { value: string } }) => setFields({ ...fields, [name]: e.target.value });
  return { fields, set, setFields };
}
