/** A trading name after a person's own name: `Daniel Okafor t/a Okafor Builders`, `… trading as …`. */
const TRADING_AS = /\s+(?:t\/a|trading as)\s+.*$/i;
/** A title written before a person's name. */
const TITLE = /^(Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+/i;

/**
 * Whom an English letter to a person says Dear to: the person, never their trading name (that stays in the
 * address block). A title in the name gives title and surname (`Mr Daniel Okafor` → `Mr Okafor`); without
 * one, the full personal name (`Daniel Okafor t/a Okafor Builders` → `Daniel Okafor`).
 */
export function personSalutation(name: string): string {
  const person = name.trim().replace(TRADING_AS, '');
  const title = TITLE.exec(person);
  if (!title) return person;
  const surname = person.slice(title[0].length).trim().split(/\s+/).at(-1);
  const titleWord = title[1]![0]!.toUpperCase() + title[1]!.slice(1).toLowerCase();
  return surname ? `${titleWord} ${surname}` : person;
}
