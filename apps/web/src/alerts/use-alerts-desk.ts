import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AlertTemplate, AreaFeature } from '@app/contracts';
import { useRealtimeEvent } from '../realtime/live-connection.context.js';
import { useWhenLive } from '../realtime/use-when-live.js';
import { useSessionStore } from '../session/session.context.js';
import { mergeAlert, sortAlerts } from './alert-composer.model.js';
import { createAlertsApi, type AlertsApi, type EditableAlert } from './alerts-api.js';

export interface AlertsDeskView {
  api: AlertsApi;
  alerts: EditableAlert[] | undefined;
  templates: AlertTemplate[];
  areas: AreaFeature[];
  failed: boolean;
  /** Puts an alert the desk just changed into the list without waiting for its realtime echo. */
  put(alert: EditableAlert): void;
  reload(): void;
}

/** Every alert of the HQ with templates and areas: fetched, kept current by `alert.updated`, refetched on reconnect. */
export function useAlertsDesk(): AlertsDeskView {
  const store = useSessionStore();
  const api = useMemo(() => createAlertsApi(store), [store]);
  const [alerts, setAlerts] = useState<EditableAlert[] | undefined>();
  const [templates, setTemplates] = useState<AlertTemplate[]>([]);
  const [areas, setAreas] = useState<AreaFeature[]>([]);
  const [failed, setFailed] = useState(false);

  const load = useCallback(() => {
    api.list().then(
      (items) => {
        setFailed(false);
        setAlerts(sortAlerts(items) as EditableAlert[]);
      },
      () => setFailed(true),
    );
  }, [api]);

  useEffect(() => {
    load();
    api.templates().then(setTemplates, () => setTemplates([]));
    api.areas().then((collection) => setAreas(Array.isArray(collection?.features) ? collection.features : []), () => setAreas([]));
  }, [api, load]);
  useWhenLive(load);
  useRealtimeEvent('alert.updated', (envelope) => setAlerts((prev) => mergeAlert(prev ?? [], envelope.payload.alert as EditableAlert)));

  const put = useCallback((alert: EditableAlert) => setAlerts((prev) => mergeAlert(prev ?? [], alert)), []);
  return { api, alerts, templates, areas, failed, put, reload: load };
}
