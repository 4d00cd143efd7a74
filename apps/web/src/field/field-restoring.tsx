import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n.context.js';
import { LanguageSwitch } from '../i18n/language-switch.js';
import { LoadingScreen } from '../layout/loading-screen.js';
import { SkipLink } from '../layout/skip-link.js';
import type { FieldAccess } from './field-access.js';
import { fieldDbAvailable, readFieldSession, type StoredFieldSession } from './field-db.js';
import { FieldWorkspace } from './field-workspace.js';

/** How long a kept session may take to come back before the field app opens without it. */
const PATIENCE_MS = 3_000;
/** A stored token this close to its end is not used. */
const TOKEN_MARGIN_MS = 30_000;

/**
 * /field while the kept session cannot be restored (no network): instead of waiting on "Restoring your session…",
 * the inspector gets the field app as the last account on this phone, with its outbox and the tasks saved here.
 * Records made now queue as usual; once the session is back the normal page takes over and sends them.
 */
export function FieldRestoring() {
  const { t } = useI18n();
  const [stored, setStored] = useState<StoredFieldSession | null | undefined>(undefined);
  const [patient, setPatient] = useState(() => navigator.onLine !== false);

  useEffect(() => {
    if (!fieldDbAvailable()) return setStored(null);
    readFieldSession().then(
      (session) => setStored(session ?? null),
      () => setStored(null),
    );
    const timer = setTimeout(() => setPatient(false), PATIENCE_MS);
    const onOffline = () => setPatient(false);
    window.addEventListener('offline', onOffline);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('offline', onOffline);
    };
  }, []);

  const access = useMemo<FieldAccess | undefined>(
    () =>
      stored
        ? {
            userId: stored.userId,
            displayName: stored.displayName,
            token: async () => {
              const current = await readFieldSession().catch(() => undefined);
              return current && current.userId === stored.userId && current.expiresAt - TOKEN_MARGIN_MS > Date.now() ? current.accessToken : undefined;
            },
            renew: async () => false,
          }
        : undefined,
    [stored],
  );

  if (!access || patient) return <LoadingScreen message="app.restoringSession" />;
  return (
    <div className="shell shell--staff shell--field">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__bar">
          <span className="brand">
            <img src="/favicon.svg" alt="" width="32" height="32" className="brand__mark" />
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
            </span>
          </span>
          <div className="app-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <div className="notice notice--info field-restoring" data-testid="field-restoring">
          <span className="notice__symbol" aria-hidden="true" />
          <div>
            <p className="notice__text">{t('field.restoring.title')}</p>
            <p className="notice__detail">{t('field.restoring.body')}</p>
            <p className="notice__detail">{t('field.restoring.who', { name: access.displayName })}</p>
          </div>
        </div>
        <FieldWorkspace access={access} live={false} />
      </main>
    </div>
  );
}
