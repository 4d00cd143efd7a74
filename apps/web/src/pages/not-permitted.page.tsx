import { Link } from 'react-router';
import type { Role } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import { homePath } from '../session/role-access.js';

export function NotPermittedPage({ role }: { role: Role }) {
  const { t } = useI18n();
  usePageTitle('notPermitted.title');
  return (
    <div className="area area--message" data-testid="not-permitted">
      <div className="message-panel message-panel--warning">
        <PageHeading>{t('notPermitted.title')}</PageHeading>
        <p>{t('notPermitted.body', { role: t(`role.${role}`) })}</p>
        <p>
          <Link to={homePath(role)} className="button button--primary" data-testid="home-link">
            {t('notPermitted.home')}
          </Link>
        </p>
      </div>
    </div>
  );
}
