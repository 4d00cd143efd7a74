import { useEffect, useState } from 'react';
import type { DeliverySummary } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { useRealtimeEvent } from '../realtime/live-connection.context.js';
import { useWhenLive } from '../realtime/use-when-live.js';
import type { AlertsApi } from './alerts-api.js';
import { deliverySeconds, newerSummary, progressSegments } from './delivery-progress.model.js';

/** Delivery of a published alert: a bar and counts, live from `alert.progress`, and the final report once nothing is pending. */
export function DeliveryProgress({ alertId, api }: { alertId: string; api: AlertsApi }) {
  const { t } = useI18n();
  const [summary, setSummary] = useState<DeliverySummary | null | undefined>();
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    api.deliveries(alertId).then(
      (s) => live && setSummary((prev) => (s ? newerSummary(prev, s) : (prev ?? null))),
      () => live && setSummary((prev) => prev ?? null),
    );
    return () => {
      live = false;
    };
  }, [api, alertId, reload]);
  useWhenLive(() => setReload((n) => n + 1));
  useRealtimeEvent('alert.progress', (envelope) => {
    if (envelope.payload.alertId === alertId) setSummary((prev) => newerSummary(prev, envelope.payload));
  });

  if (summary === undefined) return null;
  if (summary === null) {
    return (
      <p className="panel__note" data-testid="delivery-progress-unavailable">
        {t('alerts.progress.notAvailable')}
      </p>
    );
  }
  const bar = progressSegments(summary);
  const seconds = deliverySeconds(summary);
  return (
    <section className="delivery-progress" data-testid="delivery-progress" data-finished={bar.finished} data-done={bar.done}>
      <h3>{t(bar.finished ? 'alerts.progress.report' : 'alerts.progress.title')}</h3>
      <div className="progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={bar.done} aria-label={t('alerts.progress.title')}>
        <span className="progress-bar__sent" style={{ width: `${bar.sent}%` }} />
        <span className="progress-bar__failed" style={{ width: `${bar.failed}%` }} />
        <span className="progress-bar__removed" style={{ width: `${bar.removed}%` }} />
        <span className="progress-bar__other" style={{ width: `${bar.other}%` }} />
      </div>
      <dl className="progress-counts">
        <dt>{t('alerts.progress.targeted')}</dt>
        <dd data-testid="progress-targeted">{summary.targeted}</dd>
        <dt>{t('alerts.progress.sent')}</dt>
        <dd data-testid="progress-sent">{summary.sent}</dd>
        <dt>{t('alerts.progress.failed')}</dt>
        <dd>{summary.failed}</dd>
        <dt>{t('alerts.progress.removed')}</dt>
        <dd>{summary.removed}</dd>
        <dt>{t('alerts.progress.pending')}</dt>
        <dd data-testid="progress-pending">{summary.pending}</dd>
        <dt>{t('alerts.progress.rate')}</dt>
        <dd>{t('alerts.progress.perSecond', { rate: Math.round(summary.ratePerSecond) })}</dd>
      </dl>
      {bar.finished && (
        <p className="notice notice--success" data-testid="delivery-report">
          {t('alerts.progress.finished', { sent: summary.sent, targeted: summary.targeted, seconds: seconds === null ? '—' : seconds.toFixed(1) })}
        </p>
      )}
    </section>
  );
}
