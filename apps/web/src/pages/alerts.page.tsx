import { useI18n } from '../i18n/i18n.context.js';
import { BoardPlaceholder } from '../layout/board-placeholder.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';

/** The resident page: public, no sign-in. */
export function AlertsPage() {
  const { t } = useI18n();
  usePageTitle('alerts.title');
  return (
    <div className="area area--alerts" data-testid="alerts-page">
      <div className="page-intro">
        <PageHeading>{t('alerts.title')}</PageHeading>
        <p className="lead">{t('alerts.intro')}</p>
      </div>
      <aside className="emergency-box" aria-labelledby="emergency-title">
        <h2 id="emergency-title" className="emergency-box__title">
          {t('alerts.emergency.title')}
        </h2>
        <p>{t('alerts.emergency.body')}</p>
      </aside>
      <div className="board-grid">
        <BoardPlaceholder title="alerts.board.current.title" body="alerts.board.current.body" />
        <BoardPlaceholder title="alerts.board.device.title" body="alerts.board.device.body" />
      </div>
    </div>
  );
}
