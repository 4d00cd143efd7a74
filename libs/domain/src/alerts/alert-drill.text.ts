import type { AlertContent, AlertInfoText, AlertStatus, Language } from '@app/contracts';

/**
 * Exercise and Test messages carry a prefix on every headline in every language, so that a drill can never be read
 * as a live alert (Hawaii 2018), and never say "this is not a drill".
 */
export const DRILL_HEADLINE_PREFIXES: Record<'Exercise' | 'Test', Record<Language, string>> = {
  Exercise: { 'zh-Hans': '[演习]', 'zh-Hant': '[演習]', pt: '[EXERCÍCIO]', en: '[EXERCISE]' },
  Test: { 'zh-Hans': '[测试]', 'zh-Hant': '[測試]', pt: '[TESTE]', en: '[TEST]' },
};

/** Phrases that assert a message is live; forbidden in Exercise and Test, matched case-insensitively. */
export const NOT_A_DRILL_PHRASES: readonly string[] = ['这不是演习', '這不是演習', 'isto não é um exercício', 'this is not a drill'];

export function isDrillStatus(status: AlertStatus): status is 'Exercise' | 'Test' {
  return status === 'Exercise' || status === 'Test';
}

/** The prefix a headline must start with for this status and language, or null for Actual and Draft. */
export function drillHeadlinePrefix(status: AlertStatus, language: Language): string | null {
  return isDrillStatus(status) ? DRILL_HEADLINE_PREFIXES[status][language] : null;
}

/** The phrase from NOT_A_DRILL_PHRASES that a text contains, if any. */
export function findNotADrillPhrase(text: string): string | null {
  const lower = text.normalize('NFC').toLocaleLowerCase('und');
  return NOT_A_DRILL_PHRASES.find((phrase) => lower.includes(phrase.toLocaleLowerCase('und'))) ?? null;
}

/**
 * Puts the drill prefix in front of every headline of an Exercise or Test (once: an existing prefix is kept, and a
 * prefix of the other drill status is replaced). Actual and Draft content is returned unchanged.
 */
export function withDrillPrefixes<T extends Pick<AlertContent, 'status' | 'info'>>(content: T): T {
  if (!isDrillStatus(content.status)) return content;
  const info = { ...content.info };
  for (const language of Object.keys(info) as Language[]) {
    info[language] = withDrillPrefix(info[language], content.status, language);
  }
  return { ...content, info };
}

function withDrillPrefix(text: AlertInfoText, status: 'Exercise' | 'Test', language: Language): AlertInfoText {
  const prefix = DRILL_HEADLINE_PREFIXES[status][language];
  let headline = text.headline.trimStart();
  for (const other of Object.values(DRILL_HEADLINE_PREFIXES)) {
    if (headline.startsWith(other[language])) headline = headline.slice(other[language].length).trimStart();
  }
  return { ...text, headline: `${prefix} ${headline}` };
}
