import { useEffect } from 'react';
import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';

/** Keeps the browser tab title in the current language. */
export function usePageTitle(key: MessageKey): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.pageTitle', { page: t(key) });
  }, [t, key]);
}
