import { isLanguage, type Language } from '@app/contracts';

const STORAGE_KEY = 'qinao.language';

/**
 * Maps a browser language tag to a supported language: Chinese of Taiwan, Hong Kong, Macau or explicitly
 * Traditional script → zh-Hant; any other Chinese → zh-Hans; any Portuguese → pt; English → en.
 */
export function languageForTag(tag: string): Language | undefined {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  const [primary, ...rest] = parts;
  if (primary === 'zh') {
    if (rest.includes('hant') || rest.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return 'zh-Hant';
    return 'zh-Hans';
  }
  if (primary === 'pt') return 'pt';
  if (primary === 'en') return 'en';
  return undefined;
}

/** The first of the browser's preferred languages that we support, else English. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = languageForTag(tag);
    if (language) return language;
  }
  return 'en';
}

/** The language chosen earlier on this device, or the browser's preference. */
export function initialLanguage(storage: Pick<Storage, 'getItem'> | undefined, nav: Pick<Navigator, 'language' | 'languages'> | undefined): Language {
  const stored = safely(() => storage?.getItem(STORAGE_KEY));
  if (isLanguage(stored)) return stored;
  const preferred = nav ? (nav.languages?.length ? nav.languages : [nav.language]) : [];
  return detectLanguage(preferred.filter(Boolean));
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: Language): void {
  // Private browsing or a full quota must not stop the switch itself from working.
  safely(() => storage?.setItem(STORAGE_KEY, language));
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
