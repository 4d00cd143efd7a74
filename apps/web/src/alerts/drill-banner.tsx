import type { AlertStatus } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { alertTone } from './alert-composer.model.js';

/** Exercise and Test say so in large letters wherever the alert is shown (Hawaii 2018). */
export function DrillBanner({ status }: { status: AlertStatus }) {
  const { t } = useI18n();
  const tone = alertTone(status);
  if (tone !== 'exercise' && tone !== 'test') return null;
  return (
    <p className={`drill-banner drill-banner--${tone}`} role="note" data-testid="drill-banner">
      {t(tone === 'exercise' ? 'alerts.drill.exerciseBanner' : 'alerts.drill.testBanner')}
    </p>
  );
}

/** The status as a coloured tag: live red, exercise purple, test teal. */
export function StatusTag({ status }: { status: AlertStatus }) {
  const { t } = useI18n();
  return (
    <span className={`alert-status alert-status--${alertTone(status)}`} data-testid="alert-status" data-status={status}>
      {t(`alerts.status.${status}`)}
    </span>
  );
}
