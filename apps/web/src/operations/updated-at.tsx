import { useI18n } from '../i18n/i18n.context.js';
import { formatStamp } from './ops-format.js';

/** "Updated 5 Sep, 22:04" under a panel title: when its data last changed (fetch or live event). */
export function UpdatedAt({ iso }: { iso: string | null }) {
  const { t, language } = useI18n();
  if (!iso) return null;
  return (
    <p className="ops-updated" data-testid="updated-at">
      <time dateTime={iso}>{t('ops.updatedAt', { time: formatStamp(iso, language) ?? '–' })}</time>
    </p>
  );
}
