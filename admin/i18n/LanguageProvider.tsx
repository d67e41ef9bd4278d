import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../shared';
import { languageFromStored, translatorFor, type Translate } from './messages';

const storageKey = 'showroom.admin.language';

interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

function readStoredLanguage(): Language {
  try {
    return languageFromStored(localStorage.getItem(storageKey));
  } catch {
    return 'zh';
  }
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(readStoredLanguage);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = translatorFor(language)('app.name');
    try {
      localStorage.setItem(storageKey, language);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this visit only.
    }
  }, [language]);

  const value = useMemo(() => ({ language, setLanguage, t: translatorFor(language) }), [language]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

export function useText(): LanguageContextValue {
  const value = use(LanguageContext);
  if (!value) throw new Error('useText must be used inside <LanguageProvider>');
  return value;
}
