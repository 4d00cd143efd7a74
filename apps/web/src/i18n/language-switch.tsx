import { useId } from 'react';
import { LANGUAGES, isLanguage } from '@app/contracts';
import { LANGUAGE_ENDONYMS } from './catalogues.js';
import { useI18n } from './i18n.context.js';

/** A native select: accessible by keyboard and screen reader, and the phone's own picker on touch screens. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        data-testid="language-switch"
        value={language}
        onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_ENDONYMS[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
