import type { AlertAudience } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';

/** How many subscriptions the alert reaches if approved now (Pickering 2020: know the reach before sending). */
export function AudienceLine({ audience }: { audience: AlertAudience | null | undefined }) {
  const { t } = useI18n();
  if (audience === undefined) return null;
  return (
    <p className="audience-line" data-testid="alert-audience" data-count={audience?.subscriptions ?? ''}>
      {audience === null ? t('alerts.audience.notAvailable') : t('alerts.audience.count', { count: audience.subscriptions })}
    </p>
  );
}
