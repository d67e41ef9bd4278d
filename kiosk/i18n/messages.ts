import type { Language, LocalText } from '../../shared';
import { en } from './en';
import { zh, type MessageKey, type Messages } from './zh';

export type { MessageKey };
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const catalogues: Record<Language, Messages> = { zh, en };

export function translator(language: Language): Translate {
  const messages = catalogues[language];
  return (key, values) => {
    const template = messages[key];
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}

/** Content from HQ carries both languages; pick the one on screen. */
export function localText(text: LocalText, language: Language): string {
  return text[language];
}
