import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n.context.js';
import { formatMacauDateTime } from './macau-time.js';

/**
 * A time on the signal pages: Macau time whatever the device's zone, saying so unless the surrounding text already
 * does. Renders nothing for a missing time.
 */
export function MacauTime({ iso, zone = true }: { iso: string | null | undefined; zone?: boolean }) {
  const text = useZonedTime()(iso, zone);
  if (!text || !iso) return null;
  return <time dateTime={new Date(iso).toISOString()}>{text}</time>;
}

/** Formats a time for use inside a sentence: "5 Sep, 22:00 (Macau time, UTC+8)"; empty for a missing time. */
export function useZonedTime(): (iso: string | null | undefined, zone?: boolean) => string {
  const { t, language } = useI18n();
  return useCallback(
    (iso, zone = true) => {
      const text = formatMacauDateTime(iso, language);
      if (!text) return '';
      return zone ? t('signals.time.macau', { time: text }) : text;
    },
    [t, language],
  );
}
