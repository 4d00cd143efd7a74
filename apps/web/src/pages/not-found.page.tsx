import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.context.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle('notFound.title');
  return (
    <div className="area area--message" data-testid="not-found">
      <div className="message-panel">
        <PageHeading>{t('notFound.title')}</PageHeading>
        <p>{t('notFound.body')}</p>
        <p>
          <Link to="/" className="button button--primary">
            {t('notFound.home')}
          </Link>
        </p>
      </div>
    </div>
  );
}
