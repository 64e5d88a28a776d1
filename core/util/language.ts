/** The languages CasePack explains its figures in: the app's two. */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language for the reasons given on a case: Chinese when asked for on a zh-CN case; English otherwise, since
 * the rules of English law are stated in English (and en-US cases have none yet).
 */
export function reasonLanguage(data: { locale: string }, asked: Language | undefined): Language {
  return asked === 'zh' && data.locale === 'zh-CN' ? 'zh' : 'en';
}
