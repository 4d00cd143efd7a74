const HAN = /\p{Script=Han}/u;

/**
 * Whether `text` mentions `word`: as a substring for Chinese (no word breaks), as a whole word, case-insensitively,
 * otherwise — so "red" does not match "hundred" or "expired".
 */
export function mentions(text: string, word: string): boolean {
  if (word === '') return false;
  if (HAN.test(word)) return text.includes(word);
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

export function mentionsAny(text: string | null, words: readonly string[]): boolean {
  return text !== null && words.some((word) => mentions(text, word));
}
