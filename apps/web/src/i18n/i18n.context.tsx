import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '@app/contracts';
import { translate, type MessageKey, type MessageParams } from './catalogues.js';
import { initialLanguage, rememberLanguage } from './language-preference.js';

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
  /** A time of day in the current language, e.g. for the last server contact. */
  formatTime(date: Date): string;
}

const I18nContext = createContext<I18n | null>(null);

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** `initial` fixes the starting language (rendering outside a browser); otherwise the device's choice or preference. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initial ?? initialLanguage(browserStorage(), navigator));

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    rememberLanguage(browserStorage(), next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const timeFormat = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    return {
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      formatTime: (date) => timeFormat.format(date),
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
