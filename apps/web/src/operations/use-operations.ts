import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { AreaFeature, PlaceView } from '@app/contracts';
import { orNotAvailable } from '../alerts/alerts-api.js';
import { useLiveConnection, useRealtimeEvent } from '../realtime/live-connection.context.js';
import type { ConnectionState, EnvelopeHandler } from '../realtime/live-connection.js';
import { useSessionStore } from '../session/session.context.js';
import { missedOpsEvents } from './catch-up.js';
import { createOperationsApi, type OperationsApi } from './operations-api.js';
import { EMPTY_OPS, opsReducer, type OpsAction, type OpsEventName, type OpsState } from './operations.model.js';

export type LoadStatus = 'loading' | 'ready' | 'failed' | 'unavailable';

export interface OperationsView {
  api: OperationsApi;
  state: OpsState;
  status: LoadStatus;
  areas: AreaFeature[];
  places: PlaceView[];
  /** The configured silence limit, once known (from `GET /api/teams`). */
  silentAfterMinutes: number | undefined;
  dispatch(action: OpsAction): void;
  reload(): void;
}

/**
 * The operations picture: one overview fetch, then ops.* events applied as they come. After the connection drops,
 * the events missed meanwhile are fetched by sequence number and applied; when that is not possible the view reloads.
 */
export function useOperations(): OperationsView {
  const store = useSessionStore();
  const api = useMemo(() => createOperationsApi(store), [store]);
  const [state, dispatch] = useReducer(opsReducer, EMPTY_OPS);
  const [status, setStatus] = useState<LoadStatus>('loading');
  const [areas, setAreas] = useState<AreaFeature[]>([]);
  const [places, setPlaces] = useState<PlaceView[]>([]);
  const [silentAfterMinutes, setSilentAfterMinutes] = useState<number | undefined>();
  const alive = useRef(true);

  const reload = useCallback(() => {
    orNotAvailable(api.overview()).then(
      (overview) => {
        if (!alive.current) return;
        if (overview === null) return setStatus('unavailable');
        dispatch({ type: 'overview', overview });
        setStatus('ready');
      },
      () => alive.current && setStatus((s) => (s === 'ready' ? s : 'failed')),
    );
  }, [api]);

  useEffect(() => {
    alive.current = true;
    reload();
    api.areas().then((c) => alive.current && setAreas(Array.isArray(c?.features) ? c.features : []), () => undefined);
    api.places().then((p) => alive.current && setPlaces(Array.isArray(p?.places) ? p.places : []), () => undefined);
    api.teams().then((list) => alive.current && setSilentAfterMinutes(typeof list?.silentAfterMinutes === 'number' ? list.silentAfterMinutes : undefined), () => undefined);
    return () => {
      alive.current = false;
    };
  }, [api, reload]);

  useLiveCatchUp(api, reload, dispatch);

  const onEvent: EnvelopeHandler<OpsEventName> = (envelope) => dispatch({ type: 'event', envelope });
  useRealtimeEvent('ops.team', onEvent);
  useRealtimeEvent('ops.task', onEvent);
  useRealtimeEvent('ops.check-in', onEvent);
  useRealtimeEvent('ops.report', onEvent);
  useRealtimeEvent('ops.shelter', onEvent);
  useRealtimeEvent('ops.kpis', onEvent);

  return { api, state, status, areas, places, silentAfterMinutes, dispatch, reload };
}

/**
 * When the connection comes back: replay what was missed since the last event seen before it dropped, or reload.
 * The first connect reloads too, because an event can slip in between the first fetch and the socket joining.
 */
function useLiveCatchUp(api: OperationsApi, reload: () => void, dispatch: (action: OpsAction) => void): void {
  const { state, lastSeq } = useLiveConnection();
  const previous = useRef<ConnectionState | undefined>(undefined);
  const seqAtDrop = useRef<number | undefined>(undefined);
  const seqNow = useRef(lastSeq);
  // Declared before the effect below, so it has the newest seq when the state changes in the same render.
  useEffect(() => {
    seqNow.current = lastSeq;
  });
  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (state !== 'live' && was === 'live') seqAtDrop.current = seqNow.current;
    if (state !== 'live' || was === undefined || was === 'live') return;
    const after = seqAtDrop.current;
    seqAtDrop.current = undefined;
    if (after === undefined) return reload();
    // Not cancelled when the connection drops again meanwhile: the events fetched are still ones this view missed.
    void missedOpsEvents(api, after).then((events) => {
      if (events === undefined) reload();
      else for (const envelope of events) dispatch({ type: 'event', envelope });
    });
  }, [state, api, reload, dispatch]);
}
