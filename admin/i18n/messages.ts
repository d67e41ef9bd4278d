import type { Language } from '../../shared';
import { en } from './en';
import { fillTemplate, type TemplateValues } from './fill-template';
import { zh, type MessageKey, type Messages } from './zh';

export type { MessageKey, Messages };

export const messagesByLanguage: Record<Language, Messages> = { zh, en };

export type Translate = (key: MessageKey, values?: TemplateValues) => string;

export function translatorFor(language: Language): Translate {
  const messages = messagesByLanguage[language];
  return (key, values) => fillTemplate(messages[key], values);
}

/** What the browser remembers between visits; anything unexpected falls back to Chinese. */
export function languageFromStored(stored: string | null): Language {
  return stored === 'en' ? 'en' : 'zh';
}
