import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@app/contracts';
import { CATALOGUES, LANGUAGE_ENDONYMS, placeholdersOf, translate } from './catalogues.js';
import { en } from './messages.en.js';

const keys = Object.keys(en).sort();

describe('message catalogues', () => {
  it.each(LANGUAGES)('%s has exactly the English keys', (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual(keys);
  });

  it.each(LANGUAGES)('%s has a text for every key', (language) => {
    const empty = keys.filter((key) => !CATALOGUES[language][key as keyof typeof en]?.trim());
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES)('%s uses the same placeholders as English', (language) => {
    const mismatched = keys.filter(
      (key) => placeholdersOf(CATALOGUES[language][key as keyof typeof en]).join() !== placeholdersOf(en[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('translations are not English copies (apart from names that are the same everywhere)', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const copied = keys.filter((key) => CATALOGUES[language][key as keyof typeof en] === en[key as keyof typeof en]);
      expect({ language, copied }).toEqual({ language, copied: [] });
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'notPermitted.body', { role: 'Liaison officer' })).toBe('Your role (Liaison officer) does not give access to this page.');
    expect(translate('zh-Hant', 'connection.lastContact', { time: '09:30:00' })).toBe('伺服器最近聯繫：09:30:00');
    expect(translate('pt', 'connection.lastContact', {})).toContain('{time}');
  });

  it('names every language in itself', () => {
    expect(Object.keys(LANGUAGE_ENDONYMS).sort()).toEqual([...LANGUAGES].sort());
  });
});

describe('components', () => {
  // Every user-facing text goes through the catalogues: no component may contain a literal text node with letters.
  const srcDir = path.resolve(import.meta.dirname, '..');
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx'));

  it('hold no hard-coded text', () => {
    expect(files.length).toBeGreaterThan(5);
    const offenders: string[] = [];
    for (const file of files) {
      const source = readFileSync(path.join(srcDir, file), 'utf8');
      for (const match of source.matchAll(/>([^<>{}]*)<\//g)) {
        const text = match[1]!.trim();
        if (/\p{L}/u.test(text)) offenders.push(`${file}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
