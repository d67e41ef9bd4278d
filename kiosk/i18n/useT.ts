import { useMemo } from 'react';
import type { Language } from '../../shared';
import { useSessionSelector } from '../session/SessionContext';
import { translator, type Translate } from './messages';

export function useLanguage(): Language {
  return useSessionSelector((snapshot) => snapshot.context.language);
}

export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => translator(language), [language]);
}
