import { describe, expect, it } from 'vitest';
import { detectLanguage, initialLanguage, languageForTag, rememberLanguage } from './language-preference.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('language preference', () => {
  it.each([
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh_hk', 'zh-Hant'],
    ['pt', 'pt'],
    ['pt-PT', 'pt'],
    ['pt-BR', 'pt'],
    ['en-GB', 'en'],
  ])('maps %s to %s', (tag, language) => {
    expect(languageForTag(tag)).toBe(language);
  });

  it('falls back to English for languages it does not offer', () => {
    expect(detectLanguage(['de-DE', 'fr'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });

  it('takes the first supported language in the browser order', () => {
    expect(detectLanguage(['de-DE', 'pt-BR', 'en'])).toBe('pt');
  });

  it('prefers the language chosen earlier over the browser language', () => {
    const storage = memoryStorage();
    rememberLanguage(storage, 'zh-Hant');
    expect(initialLanguage(storage, { language: 'pt-PT', languages: ['pt-PT'] })).toBe('zh-Hant');
  });

  it('ignores a stored value that is not a language', () => {
    const storage = memoryStorage({ 'qinao.language': 'klingon' });
    expect(initialLanguage(storage, { language: 'zh-MO', languages: [] })).toBe('zh-Hant');
  });

  it('keeps working when storage throws (private mode)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => rememberLanguage(broken, 'pt')).not.toThrow();
    expect(initialLanguage(broken, { language: 'zh-CN', languages: ['zh-CN'] })).toBe('zh-Hans');
  });
});
