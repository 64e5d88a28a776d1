import { Option, type Command } from 'commander';
import { LANGUAGES, type Language } from '../core/util/language.js';

/**
 * The language the CLI speaks, one rule for every command: `--lang` when given, else the case's (Chinese for a
 * zh-CN case, English for the others) where the command has one, else the system's.
 */
export function outputLanguage(asked: Language | undefined, caseLocale?: string, env: NodeJS.ProcessEnv = process.env): Language {
  if (asked) return asked;
  if (caseLocale !== undefined) return caseLocale === 'zh-CN' ? 'zh' : 'en';
  return systemLanguage(env);
}

/** The language `--lang` names in raw arguments (before commander has parsed them), else the system's. */
export function cliLanguage(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): Language {
  const flag = argv.indexOf('--lang');
  const asked = flag >= 0 ? argv[flag + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return outputLanguage((LANGUAGES as readonly string[]).includes(asked ?? '') ? (asked as Language) : undefined, undefined, env);
}

/** LC_ALL, LC_MESSAGES, LANG, as POSIX orders them (`zh_CN.UTF-8` → Chinese); where none is set, the platform's locale. */
export function systemLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  const locale = set ?? Intl.DateTimeFormat().resolvedOptions().locale;
  return /^zh(?:[-_.@]|$)/i.test(locale) ? 'zh' : 'en';
}

/** `--lang` for a command whose only words are its messages and errors (main.ts reads it through cliLanguage). */
export const messagesLanguageOption = () =>
  new Option('--lang <language>', 'language of the messages (default: the shell locale)').choices(LANGUAGES);

/**
 * `--lang` on every command (and subcommand) that does not declare its own, so that any of them can be asked to
 * say its errors in Chinese or English: a file it cannot open, a database it cannot find (main.ts words them).
 */
export function addLanguageOption(command: Command): void {
  for (const sub of command.commands) {
    if (sub.commands.length > 0) addLanguageOption(sub);
    else if (!sub.options.some((o) => o.long === '--lang')) sub.addOption(messagesLanguageOption());
  }
}
