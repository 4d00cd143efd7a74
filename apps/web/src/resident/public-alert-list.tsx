import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { DrillBanner, StatusTag } from '../alerts/drill-banner.js';
import { alertTone } from '../alerts/alert-composer.model.js';
import { useI18n } from '../i18n/i18n.context.js';
import { formatMacauDateTime } from '../signals/macau-time.js';
import { alertTextIn } from './resident.model.js';
import type { PublicAlertsView } from './use-public-alerts.js';

/** Alerts in force, then recent ones, in the reader's language; `?alert=<id>` (from a notification) is scrolled to. */
export function PublicAlertList({ view }: { view: PublicAlertsView }) {
  const { t, language } = useI18n();
  const [params] = useSearchParams();
  const focus = params.get('alert');
  useEffect(() => {
    if (focus) document.getElementById(`alert-${focus}`)?.scrollIntoView({ block: 'start' });
  }, [focus, view.items]);

  const current = view.items?.filter((a) => a.current) ?? [];
  const past = view.items?.filter((a) => !a.current) ?? [];
  return (
    <section className="panel public-alerts" data-testid="public-alerts" aria-labelledby="public-alerts-title">
      <h2 id="public-alerts-title" className="panel__title">
        {t('alerts.public.title')}
      </h2>
      {view.unavailable && <p className="panel__empty">{t('alerts.public.notAvailable')}</p>}
      {view.offlineSince !== undefined && (
        <p className="notice notice--warning" data-testid="public-alerts-offline">
          {view.offlineSince ? t('alerts.public.offlineSince', { time: formatMacauDateTime(view.offlineSince, language) ?? '' }) : t('alerts.public.offline')}
        </p>
      )}
      {view.items && current.length === 0 && !view.unavailable && (
        <p className="panel__empty" data-testid="public-alerts-none">
          {t('alerts.public.none')}
        </p>
      )}
      {current.map((alert) => {
        const text = alertTextIn(alert, language);
        return (
          <article
            key={alert.id}
            id={`alert-${alert.id}`}
            className={`public-alert alert-tone--${alertTone(alert.status)}${alert.id === focus ? ' public-alert--focus' : ''}`}
            lang={text.language}
            data-testid="public-alert"
            data-alert={alert.id}
            data-status={alert.status}
          >
            <DrillBanner status={alert.status} />
            <h3 className="public-alert__headline">
              <StatusTag status={alert.status} /> {text.headline}
            </h3>
            <p className="public-alert__instruction">{text.instruction}</p>
            <p>{text.description}</p>
            <p className="panel__note">
              {t('alerts.public.validUntil', { sent: formatMacauDateTime(alert.sent, language) ?? '', expires: formatMacauDateTime(alert.expires, language) ?? '' })}
            </p>
          </article>
        );
      })}
      {past.length > 0 && (
        <details className="public-alerts__history">
          <summary>{t('alerts.public.history', { count: past.length })}</summary>
          <ul>
            {past.map((alert) => (
              <li key={alert.id} id={`alert-${alert.id}`}>
                {`${formatMacauDateTime(alert.sent, language) ?? ''} · ${alertTextIn(alert, language).headline}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
