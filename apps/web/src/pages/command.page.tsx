import { useI18n } from '../i18n/i18n.context.js';
import { BoardPlaceholder } from '../layout/board-placeholder.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import { useSession } from '../session/session.context.js';

/** HQ dashboard for admin, commander and operator. */
export function CommandPage() {
  const { t } = useI18n();
  const session = useSession();
  usePageTitle('command.title');
  const role = session.status === 'authenticated' ? session.user.role : undefined;
  const hint = role === 'admin' || role === 'commander' || role === 'operator' ? t(`command.roleHint.${role}`) : undefined;
  return (
    <div className="area area--command" data-testid="command-page">
      <div className="page-intro">
        <PageHeading>{t('command.title')}</PageHeading>
        <p className="lead">{t('command.intro')}</p>
        {hint && <p className="role-hint">{hint}</p>}
      </div>
      <div className="board-grid board-grid--wide">
        <BoardPlaceholder title="command.board.signals.title" body="command.board.signals.body" />
        <BoardPlaceholder title="command.board.alerts.title" body="command.board.alerts.body" />
        <BoardPlaceholder title="command.board.field.title" body="command.board.field.body" />
        <BoardPlaceholder title="command.board.areas.title" body="command.board.areas.body" />
      </div>
    </div>
  );
}
