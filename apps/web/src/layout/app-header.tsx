import { Link, NavLink } from 'react-router';
import type { AuthUser } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { LanguageSwitch } from '../i18n/language-switch.js';
import { ConnectionStatus } from '../realtime/connection-status.js';
import { AREA_PATHS, areasFor, homePath, type StaffArea } from '../session/role-access.js';
import { useSessionStore } from '../session/session.context.js';

const AREA_LABELS = { command: 'nav.command', field: 'nav.field', liaison: 'nav.liaison' } as const satisfies Record<StaffArea, string>;

interface AppHeaderProps {
  /** The signed-in user, if any; anonymous visitors are offered the way to sign in. */
  user: AuthUser | undefined;
  /** Whether this page holds a live connection whose state the header shows. */
  live: boolean;
  /** The HQ wall display: brand, connection and language only; no navigation to click through across a room. */
  compact?: boolean;
}

export function AppHeader({ user, live, compact = false }: AppHeaderProps) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <Link to={user ? homePath(user.role) : '/'} className="brand">
          <img src="/favicon.svg" alt="" width="32" height="32" className="brand__mark" />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="app-header__tools">
          {live && <ConnectionStatus />}
          <LanguageSwitch />
        </div>
      </div>
      {!compact && <MainNav user={user} />}
    </header>
  );
}

function MainNav({ user }: { user: AuthUser | undefined }) {
  const { t } = useI18n();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul className="app-nav__list">
        {user &&
          areasFor(user.role).map((area) => (
            <li key={area}>
              <NavLink to={AREA_PATHS[area]} className="app-nav__link">
                {t(AREA_LABELS[area])}
              </NavLink>
            </li>
          ))}
        <li>
          <NavLink to="/alerts" className="app-nav__link">
            {t('nav.alerts')}
          </NavLink>
        </li>
        {!user && (
          <li>
            <NavLink to="/login" className="app-nav__link">
              {t('nav.signIn')}
            </NavLink>
          </li>
        )}
      </ul>
      {user && <UserBox user={user} />}
    </nav>
  );
}

function UserBox({ user }: { user: AuthUser }) {
  const { t } = useI18n();
  const store = useSessionStore();
  return (
    <div className="user-box">
      <p className="user-box__who">
        <span className="visually-hidden">{t('user.label')} </span>
        <span className="user-box__name" data-testid="user-name">
          {user.displayName}
        </span>
        <span className="user-box__role" data-testid="user-role">
          {t(`role.${user.role}`)}
        </span>
      </p>
      <button type="button" className="button button--secondary" data-testid="sign-out" onClick={() => void store.logout()}>
        {t('nav.signOut')}
      </button>
    </div>
  );
}
