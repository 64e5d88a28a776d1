import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { MESSAGES, type Language, type MessageKey } from './messages.js';

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey): string;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

function initialLanguage(): Language {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'zh' || asked === 'en') return asked;
  return navigator.language.startsWith('zh') ? 'zh' : 'en';
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const t = (key: MessageKey) => MESSAGES[language][key];
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  return <LanguageContext.Provider value={{ language, setLanguage, t }}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}
