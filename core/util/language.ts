/** The languages CasePack explains its figures in: the app's two. */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language for the reasons given on a case (rate notes, warnings, limitation): the one asked for, whatever
 * the case's own (the rules of English law are worded in Chinese too); English when none is asked.
 */
export function reasonLanguage(asked: Language | undefined): Language {
  return asked ?? 'en';
}
