import type { Language } from '../core/util/language.js';

/**
 * The language a command answers in, one rule for every form of it: `--lang` when given, else the case's
 * (Chinese for a zh-CN case, English for the others), else the system's (LC_ALL, LC_MESSAGES, LANG, as POSIX
 * orders them; where none is set, the locale the platform reports).
 */
export function outputLanguage(asked: Language | undefined, caseLocale?: string, env: NodeJS.ProcessEnv = process.env): Language {
  if (asked) return asked;
  if (caseLocale !== undefined) return caseLocale === 'zh-CN' ? 'zh' : 'en';
  return systemLanguage(env);
}

export function systemLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  const locale = set ?? Intl.DateTimeFormat().resolvedOptions().locale;
  return /^zh(?:[-_.@]|$)/i.test(locale) ? 'zh' : 'en';
}
