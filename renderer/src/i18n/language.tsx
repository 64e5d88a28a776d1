import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from '../api/client.js';
import { MESSAGES, type Language, type MessageKey } from './messages.js';

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey): string;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

/** Where the language chosen in this browser or app window is remembered across reloads. */
const STORED = 'casepack.language';

const isLanguage = (value: unknown): value is Language => value === 'zh' || value === 'en';

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(STORED);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage refused (a locked-down browser): the language is simply not remembered
  }
}

function remember(language: Language): void {
  try {
    localStorage.setItem(STORED, language);
  } catch {
    // not remembered; the choice still holds for this page
  }
}

/** `?lang=` first (links and tests), then the language chosen before, then the system's. */
function initialLanguage(): { language: Language; chosen: boolean } {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(asked)) return { language: asked, chosen: true };
  const stored = storedLanguage();
  if (stored) return { language: stored, chosen: true };
  return { language: navigator.language.startsWith('zh') ? 'zh' : 'en', chosen: false };
}

/**
 * The interface's language. A choice is remembered; on the very first start (nothing chosen yet) Settings'
 * default language decides, once it has been read.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [{ language, chosen }] = useState(initialLanguage);
  const [current, setCurrent] = useState<Language>(language);
  const setLanguage = (next: Language) => {
    remember(next);
    setCurrent(next);
  };
  useEffect(() => {
    if (chosen) return;
    let live = true;
    api.send('settings/get', {}).then(
      ({ settings }) => {
        if (!live || !settings.defaultLocale) return;
        setLanguage(settings.defaultLocale === 'zh-CN' ? 'zh' : 'en');
      },
      () => {}, // no settings to go by: the system's language stays
    );
    return () => {
      live = false;
    };
  }, [chosen]);
  const t = (key: MessageKey) => MESSAGES[current][key];
  useEffect(() => {
    document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  }, [current]);
  return <LanguageContext.Provider value={{ language: current, setLanguage, t }}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}
