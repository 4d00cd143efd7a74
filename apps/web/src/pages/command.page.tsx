import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n.context.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import { KpiStrip } from '../operations/kpi-strip.js';
import { PlaybookRuns } from '../playbooks/playbook-runs.js';
import { usePlaybookRuns } from '../playbooks/use-playbook-runs.js';
import { isKioskLocation, mayChangeSignals } from '../session/role-access.js';
import { useSession } from '../session/session.context.js';
import { HoldsPanel } from '../signals/holds-panel.js';
import { ManualSignalForm } from '../signals/manual-signal-form.js';
import { OutlookForm } from '../signals/outlook-form.js';
import { OutlookTable } from '../signals/outlook-table.js';
import { SignalBoard } from '../signals/signal-board.js';
import { SignalTimeline } from '../signals/signal-timeline.js';
import { useSignalBoard } from '../signals/use-signal-board.js';
import { useSignalHistory } from '../signals/use-signal-history.js';
import { useSignalOutlook } from '../signals/use-signal-outlook.js';
import { CommandAlertsPage } from './command-alerts.page.js';
import { CommandKiosk } from './command-kiosk.page.js';

/** HQ dashboard for admin, commander and operator; `/command/kiosk` (or `?kiosk=1`) is the wall display. */
export function CommandPage() {
  const location = useLocation();
  if (location.pathname.startsWith('/command/alerts')) return <CommandAlertsPage />;
  return isKioskLocation(location.pathname, location.search) ? <CommandKiosk /> : <CommandDashboard />;
}

function CommandDashboard() {
  const { t } = useI18n();
  const session = useSession();
  usePageTitle('command.title');
  const role = session.status === 'authenticated' ? session.user.role : undefined;
  const hint = role === 'admin' || role === 'commander' || role === 'operator' ? t(`command.roleHint.${role}`) : undefined;
  const editor = mayChangeSignals(role);
  const board = useSignalBoard();
  const history = useSignalHistory({ limit: 50 });
  const outlook = useSignalOutlook();
  const runs = usePlaybookRuns();

  return (
    <div className="area area--command" data-testid="command-page">
      <div className="page-intro page-intro--with-action">
        <div>
          <PageHeading>{t('command.title')}</PageHeading>
          <p className="lead">{t('command.intro')}</p>
          {hint && <p className="role-hint">{hint}</p>}
        </div>
        <div className="button-row">
          <Link to="/command/alerts" className="button button--primary" data-testid="open-alerts">
            {t('command.openAlerts')}
          </Link>
          <Link to="/command/operations" className="button button--primary" data-testid="open-operations">
            {t('command.openOperations')}
          </Link>
          <Link to="/command/evacuation" className="button button--primary" data-testid="open-evacuation">
            {t('command.openEvacuation')}
          </Link>
          <Link to="/command/after-action" className="button button--outline" data-testid="open-after-action">
            {t('command.openAfterAction')}
          </Link>
          <Link to="/command/kiosk" className="button button--outline" data-testid="open-kiosk">
            {t('command.openKiosk')}
          </Link>
        </div>
      </div>
      <KpiStrip />
      <div className="command-layout">
        <div className="command-layout__main">
          <SignalBoard view={board} variant="staff" showHolds />
          <PlaybookRuns view={runs} directory={board.directory} />
        </div>
        <div className="command-layout__side">
          {editor && <HoldsPanel board={board} />}
          <SignalTimeline view={history} directory={board.directory} />
          <OutlookTable view={outlook} directory={board.directory}>
            {editor && <OutlookForm current={outlook.outlook} onSaved={outlook.reload} />}
          </OutlookTable>
          {editor && <ManualSignalForm view={board} />}
        </div>
      </div>
    </div>
  );
}
