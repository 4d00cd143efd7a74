import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { OperationsKpis } from '@app/contracts';
import { orNotAvailable } from '../alerts/alerts-api.js';
import { useI18n } from '../i18n/i18n.context.js';
import { useRealtimeEvent } from '../realtime/live-connection.context.js';
import { useWhenLive } from '../realtime/use-when-live.js';
import { useSessionStore } from '../session/session.context.js';
import { KpiTiles } from './kpi-tiles.js';
import { createOperationsApi } from './operations-api.js';

/**
 * A row of operations figures, live from `ops.kpis`; absent while the server does not offer them. The command home
 * links it to the operations view; the liaison, who may not open that view, gets the figures alone.
 */
export function KpiStrip({ linkToOperations = true }: { linkToOperations?: boolean }) {
  const { t } = useI18n();
  const store = useSessionStore();
  const api = useMemo(() => createOperationsApi(store), [store]);
  const [kpis, setKpis] = useState<OperationsKpis | null | undefined>();
  const [reload, setReload] = useState(0);
  useEffect(() => {
    let live = true;
    orNotAvailable(api.kpis()).then(
      (k) => live && setKpis(k),
      () => live && setKpis((prev) => prev ?? null),
    );
    return () => {
      live = false;
    };
  }, [api, reload]);
  useWhenLive(() => setReload((n) => n + 1));
  useRealtimeEvent('ops.kpis', (envelope) => {
    const next = envelope.payload.kpis;
    setKpis((prev) => (prev && Date.parse(prev.at) > Date.parse(next.at) ? prev : next));
  });

  if (!kpis) return null;
  return (
    <section className="panel kpi-strip" data-testid="kpi-strip" aria-labelledby="kpi-strip-title">
      <div className="kpi-strip__head">
        <h2 className="panel__title" id="kpi-strip-title">
          {t('ops.strip.title')}
        </h2>
        {linkToOperations && (
          <Link to="/command/operations" className="button button--outline" data-testid="open-operations-strip">
            {t('ops.strip.open')}
          </Link>
        )}
      </div>
      <KpiTiles kpis={kpis} variant="strip" />
    </section>
  );
}
