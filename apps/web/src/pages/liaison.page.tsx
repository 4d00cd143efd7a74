import { useI18n } from '../i18n/i18n.context.js';
import { KpiStrip } from '../operations/kpi-strip.js';
import { PublicAlertList } from '../resident/public-alert-list.js';
import { usePublicAlerts } from '../resident/use-public-alerts.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import { OutlookTable } from '../signals/outlook-table.js';
import { SignalBoard } from '../signals/signal-board.js';
import { SignalTimeline } from '../signals/signal-timeline.js';
import { useSignalBoard } from '../signals/use-signal-board.js';
import { useSignalHistory } from '../signals/use-signal-history.js';
import { useSignalOutlook } from '../signals/use-signal-outlook.js';

/**
 * The read-only board shared with liaison officers on the Macau side: both sides' signals, the alerts Hengqin sent
 * to residents and its operation's figures. Nothing here changes anything.
 */
export function LiaisonPage() {
  const { t } = useI18n();
  usePageTitle('liaison.title');
  const board = useSignalBoard();
  const history = useSignalHistory({ limit: 30 });
  const outlook = useSignalOutlook();
  const alerts = usePublicAlerts();
  return (
    <div className="area area--liaison" data-testid="liaison-page">
      <div className="page-intro">
        <PageHeading>{t('liaison.title')}</PageHeading>
        <p className="lead">{t('liaison.intro')}</p>
        <p className="notice notice--info">
          <span className="notice__symbol" aria-hidden="true" />
          {t('liaison.readOnly')}
        </p>
      </div>
      <div className="liaison-layout">
        <SignalBoard view={board} variant="staff" />
        <div className="liaison-layout__side">
          <OutlookTable view={outlook} directory={board.directory} />
          <SignalTimeline view={history} directory={board.directory} />
        </div>
      </div>
      {/* Hengqin's operation in figures only: the liaison never sees names, positions or contacts. */}
      <KpiStrip linkToOperations={false} />
      <PublicAlertList view={alerts} />
    </div>
  );
}
