import { useI18n } from '../i18n/i18n.context.js';
import { BoardPlaceholder } from '../layout/board-placeholder.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';

/** Field operations for inspectors and crew leads, laid out for a phone first. */
export function FieldPage() {
  const { t } = useI18n();
  usePageTitle('field.title');
  return (
    <div className="area area--field" data-testid="field-page">
      <div className="page-intro">
        <PageHeading>{t('field.title')}</PageHeading>
        <p className="lead">{t('field.intro')}</p>
      </div>
      <div className="board-grid">
        <BoardPlaceholder title="field.board.tasks.title" body="field.board.tasks.body" />
        <BoardPlaceholder title="field.board.report.title" body="field.board.report.body" />
        <BoardPlaceholder title="field.board.checklists.title" body="field.board.checklists.body" />
      </div>
    </div>
  );
}
