/** The four languages every user-facing text is written in. */
export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'pt', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in every supported language. */
export type LocalizedText = Record<Language, string>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
