/**
 * The shape of the data a template can read, used to reject an unknown field when the template is
 * compiled rather than when a letter is half written. A leaf names its kind (for the docs); a one-item
 * array is a list of that shape; an object is a group of named fields; `any` is not checked.
 */
export type ShapeLeaf = 'text' | 'money' | 'date' | 'number' | 'boolean' | 'rate' | 'any';
export type Shape = ShapeLeaf | readonly [Shape] | { readonly [field: string]: Shape };

export const LOOP_SHAPE: Shape = { index: 'number', index0: 'number', first: 'boolean', last: 'boolean', length: 'number' };

/** The shape one step down, or a reason why there is none. */
export function fieldShape(shape: Shape, key: string | number): { shape: Shape } | { error: string } {
  if (shape === 'any') return { shape: 'any' };
  if (typeof shape === 'string') return { error: `is a ${shape}, which has no field "${key}"` };
  if (Array.isArray(shape)) {
    if (typeof key === 'number') return { shape: shape[0] as Shape };
    return { error: `is a list, which has no field "${key}": loop over it with {% for … in … %}` };
  }
  if (typeof key === 'number') return { error: `is a group of fields, not a list: it has no item [${key}]` };
  const group = shape as Readonly<Record<string, Shape>>;
  if (!Object.hasOwn(group, key)) {
    const known = Object.keys(group).join(', ');
    return { error: `has no field "${key}" (known: ${known})` };
  }
  return { shape: group[key]! };
}

export function listItemShape(shape: Shape): Shape | null {
  if (shape === 'any') return 'any';
  return Array.isArray(shape) ? (shape[0] as Shape) : null;
}
