import { useI18n } from '../i18n/i18n.context.js';
import { BoardPlaceholder } from '../layout/board-placeholder.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import { OutlookTable } from '../signals/outlook-table.js';
import { SignalBoard } from '../signals/signal-board.js';
import { SignalTimeline } from '../signals/signal-timeline.js';
import { useSignalBoard } from '../signals/use-signal-board.js';
import { useSignalHistory } from '../signals/use-signal-history.js';
import { useSignalOutlook } from '../signals/use-signal-outlook.js';

/** The read-only signal board shared with liaison officers on the Macau side: nothing here changes anything. */
export function LiaisonPage() {
  const { t } = useI18n();
  usePageTitle('liaison.title');
  const board = useSignalBoard();
  const history = useSignalHistory({ limit: 30 });
  const outlook = useSignalOutlook();
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
      <div className="board-grid">
        <BoardPlaceholder title="liaison.board.alerts.title" body="liaison.board.alerts.body" />
        <BoardPlaceholder title="liaison.board.contacts.title" body="liaison.board.contacts.body" />
      </div>
    </div>
  );
}
