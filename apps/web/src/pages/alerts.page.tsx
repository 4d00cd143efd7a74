import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n.context.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import { DeviceSubscription } from '../resident/device-subscription.js';
import { PublicAlertList } from '../resident/public-alert-list.js';
import { ResidentStatusButtons } from '../resident/resident-status-buttons.js';
import { usePublicAlerts } from '../resident/use-public-alerts.js';
import { SignalBoard } from '../signals/signal-board.js';
import { useSignalBoard } from '../signals/use-signal-board.js';

/** The resident page: public, no sign-in. The last board and alerts are kept on the device for reading without a network. */
export function AlertsPage() {
  const { t } = useI18n();
  usePageTitle('alerts.title');
  const board = useSignalBoard({ keepOnDevice: true });
  const alerts = usePublicAlerts();
  const [params] = useSearchParams();
  const answering = params.get('alert') ?? alerts.items?.find((a) => a.current)?.id;
  return (
    <div className="area area--alerts" data-testid="alerts-page">
      <div className="page-intro">
        <PageHeading>{t('alerts.title')}</PageHeading>
        <p className="lead">{t('alerts.intro')}</p>
      </div>
      <PublicAlertList view={alerts} />
      <SignalBoard view={board} variant="public" showMeaning />
      <p className="scales-note" data-testid="scales-note">
        {t('alerts.signals.scales')}
      </p>
      <aside className="emergency-box" aria-labelledby="emergency-title">
        <h2 id="emergency-title" className="emergency-box__title">
          {t('alerts.emergency.title')}
        </h2>
        <p>{t('alerts.emergency.body')}</p>
      </aside>
      <div className="board-grid">
        <ResidentStatusButtons alertId={answering} />
        <DeviceSubscription />
      </div>
    </div>
  );
}
