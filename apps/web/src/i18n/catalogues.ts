import type { Language } from '@app/contracts';
import { en, type MessageKey, type Messages } from './messages.en.js';
import { pt } from './messages.pt.js';
import { zhHans } from './messages.zh-hans.js';
import { zhHant } from './messages.zh-hant.js';

export type { MessageKey, Messages };

export const CATALOGUES: Record<Language, Messages> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, pt, en };

/**
 * Each language named in itself, so a reader who cannot read the current language still finds their own.
 * These names are deliberately the same in every catalogue.
 */
export const LANGUAGE_ENDONYMS: Record<Language, string> = {
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  pt: 'Português',
  en: 'English',
};

export type MessageParams = Record<string, string | number>;

/** The `{name}` placeholders a message expects. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** The message in the language with its placeholders filled; an unknown placeholder is left visible rather than hidden. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const message = CATALOGUES[language][key] ?? en[key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
