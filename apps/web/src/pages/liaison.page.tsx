import { useI18n } from '../i18n/i18n.context.js';
import { BoardPlaceholder } from '../layout/board-placeholder.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';

/** The read-only signal board shared with liaison officers on the Macau side. */
export function LiaisonPage() {
  const { t } = useI18n();
  usePageTitle('liaison.title');
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
      <div className="board-grid">
        <BoardPlaceholder title="liaison.board.signals.title" body="liaison.board.signals.body" />
        <BoardPlaceholder title="liaison.board.alerts.title" body="liaison.board.alerts.body" />
        <BoardPlaceholder title="liaison.board.contacts.title" body="liaison.board.contacts.body" />
      </div>
    </div>
  );
}
