import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PublicAlert } from '@app/contracts';
import { useWhenLive } from '../realtime/use-when-live.js';
import { browserStore } from './browser-store.js';
import { createResidentApi } from './resident-api.js';
import { loadAlerts, orderPublicAlerts, saveAlerts } from './resident.model.js';

/** The public room carries no alert events: the list is polled every minute and refetched when the socket returns. */
export const PUBLIC_ALERTS_POLL_MS = 60_000;

export interface PublicAlertsView {
  items: PublicAlert[] | undefined;
  /** The list is the copy kept on the device (the server could not be reached), as of this time. */
  offlineSince: string | undefined;
  /** The server does not offer public alerts yet. */
  unavailable: boolean;
}

export function usePublicAlerts(): PublicAlertsView {
  const api = useMemo(() => createResidentApi(), []);
  const store = browserStore();
  const [items, setItems] = useState<PublicAlert[] | undefined>(() => (store ? loadAlerts(store)?.items : undefined));
  const [offlineSince, setOfflineSince] = useState<string | undefined>();
  const [unavailable, setUnavailable] = useState(false);

  const load = useCallback(() => {
    api.publicAlerts().then(
      (list) => {
        if (list === null) {
          setUnavailable(true);
          return;
        }
        const ordered = orderPublicAlerts(Array.isArray(list.items) ? list.items : []);
        setUnavailable(false);
        setOfflineSince(undefined);
        setItems(ordered);
        const s = browserStore();
        if (s) saveAlerts(s, ordered, new Date());
      },
      () => {
        const s = browserStore();
        setOfflineSince(s ? (loadAlerts(s)?.fetchedAt ?? '') : '');
      },
    );
  }, [api]);

  useEffect(() => {
    load();
    const timer = setInterval(load, PUBLIC_ALERTS_POLL_MS);
    return () => clearInterval(timer);
  }, [load]);
  useWhenLive(load);
  return { items, offlineSince, unavailable };
}
