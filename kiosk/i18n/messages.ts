import type { Language, LocalText } from '../../shared';
import type { Messages } from './zh';
import { zh, type MessageKey } from './zh';

export type { MessageKey };
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * Chinese ships with the app; English is its own small chunk, loaded right after the first
 * screen (precached, so offline too) and always before the language switches to it.
 */
const catalogues: Partial<Record<Language, Messages>> = { zh };

export async function loadCatalogue(language: Language): Promise<void> {
  if (catalogues[language]) return;
  if (language === 'en') catalogues.en = (await import('./en')).en;
}

export function translator(language: Language): Translate {
  const messages = catalogues[language] ?? zh;
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
