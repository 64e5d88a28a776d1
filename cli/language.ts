import { LANGUAGES, type Language } from '../core/util/language.js';

/**
 * The language the CLI speaks to its user: `--lang` where given, else the locale the shell names
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`; `zh_CN.UTF-8` → Chinese), else English.
 */
export function cliLanguage(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): Language {
  const flag = argv.indexOf('--lang');
  const asked = flag >= 0 ? argv[flag + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  if (asked && (LANGUAGES as readonly string[]).includes(asked)) return asked as Language;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}
