import { useEffect, useState } from 'react';
import type { ResidentStatusCounts } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { useRealtimeEvent } from '../realtime/live-connection.context.js';
import { useWhenLive } from '../realtime/use-when-live.js';
import type { AlertsApi } from './alerts-api.js';

/** How many residents answered "I'm safe" or "I need help", live from `resident.status`. */
export function ResidentStatusTile({ api }: { api: AlertsApi }) {
  const { t } = useI18n();
  const [counts, setCounts] = useState<ResidentStatusCounts | null | undefined>();
  const [reload, setReload] = useState(0);
  useEffect(() => {
    let live = true;
    api.statusCounts().then((c) => live && setCounts(c), () => live && setCounts(null));
    return () => {
      live = false;
    };
  }, [api, reload]);
  useWhenLive(() => setReload((n) => n + 1));
  useRealtimeEvent('resident.status', (envelope) => {
    if (envelope.payload.alertId === null) setCounts(envelope.payload);
  });

  return (
    <section className="panel resident-status" data-testid="resident-status">
      <h2 className="panel__title">{t('alerts.residents.title')}</h2>
      {counts === null && <p className="panel__empty">{t('alerts.residents.notAvailable')}</p>}
      {counts && (
        <dl className="tile-counts">
          <dt>{t('alerts.residents.safe')}</dt>
          <dd data-testid="residents-safe">{counts.safe}</dd>
          <dt>{t('alerts.residents.needHelp')}</dt>
          <dd data-testid="residents-need-help">{counts.needHelp}</dd>
          <dt>{t('alerts.residents.open')}</dt>
          <dd>{counts.openHelpRequests}</dd>
        </dl>
      )}
    </section>
  );
}
