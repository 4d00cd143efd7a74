import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AreaFeature, Shelter, Team, Transfer, VulnerableResident } from '@app/contracts';
import { useRealtimeEvent } from '../realtime/live-connection.context.js';
import { useWhenLive } from '../realtime/use-when-live.js';
import { useSessionStore } from '../session/session.context.js';
import { createEvacuationApi, type EvacuationApi } from './evacuation-api.js';
import { ANY_RESIDENT, mergeResident, residentQuery, type ResidentFilter } from './residents.model.js';
import { mergeShelter } from './shelters.model.js';

/** A list loaded from the api: undefined until the first answer; `failed` when the last load did not get one. */
export interface Loaded<T> {
  items: T[] | undefined;
  failed: boolean;
}

export interface EvacuationDeskView {
  api: EvacuationApi;
  filter: ResidentFilter;
  /** The register as filtered. */
  residents: Loaded<VulnerableResident>;
  /** The whole register: the due welfare checks and the pickers of transfers and departures come from it. */
  register: Loaded<VulnerableResident>;
  shelters: Loaded<Shelter>;
  transfers: Loaded<Transfer>;
  teams: Team[];
  areas: AreaFeature[];
  /** Puts a resident the desk just saved into the lists at once, then reloads them (what is due may have changed). */
  putResident(resident: VulnerableResident): void;
  putShelter(shelter: Shelter): void;
  putTransfer(transfer: Transfer): void;
  reloadResidents(): void;
  /** After a transfer: the answer carries no shelter, and the live event may not come while offline. */
  reloadShelters(): void;
}

const NOT_LOADED = { items: undefined, failed: false };
const TRANSFERS_RELOAD_DELAY_MS = 1000;

/**
 * The evacuation desk's data: the register (filtered by the server), the due welfare checks, shelters, recent
 * transfers, teams and areas. Shelters follow `ops.shelter` live; the register is reloaded when a playbook run or a
 * welfare-check task may have changed what is due; everything is reloaded when the connection comes back.
 */
export function useEvacuationDesk(filter: ResidentFilter): EvacuationDeskView {
  const store = useSessionStore();
  const api = useMemo(() => createEvacuationApi(store), [store]);
  const [residents, setResidents] = useState<Loaded<VulnerableResident>>(NOT_LOADED);
  const [register, setRegister] = useState<Loaded<VulnerableResident>>(NOT_LOADED);
  const [shelters, setShelters] = useState<Loaded<Shelter>>(NOT_LOADED);
  const [transfers, setTransfers] = useState<Loaded<Transfer>>(NOT_LOADED);
  const [teams, setTeams] = useState<Team[]>([]);
  const [areas, setAreas] = useState<AreaFeature[]>([]);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  // Answers to an older filter arriving after a newer one's are dropped.
  const residentsRequest = useRef(0);

  const loadResidents = useCallback(() => {
    const request = ++residentsRequest.current;
    const filtered = residentQuery(filterRef.current) !== '';
    const whole = api.residents(ANY_RESIDENT);
    whole.then(
      (items) => request === residentsRequest.current && setRegister({ items, failed: false }),
      () => request === residentsRequest.current && setRegister((r) => ({ ...r, failed: true })),
    );
    (filtered ? api.residents(filterRef.current) : whole).then(
      (items) => request === residentsRequest.current && setResidents({ items, failed: false }),
      () => request === residentsRequest.current && setResidents((r) => ({ ...r, failed: true })),
    );
  }, [api]);

  const loadShelters = useCallback(() => {
    api.shelters().then(
      (items) => setShelters({ items, failed: false }),
      () => setShelters((s) => ({ ...s, failed: true })),
    );
  }, [api]);

  const loadTransfers = useCallback(() => {
    api.transfers().then(
      (items) => setTransfers({ items, failed: false }),
      () => setTransfers((s) => ({ ...s, failed: true })),
    );
  }, [api]);

  const loadOthers = useCallback(() => {
    loadShelters();
    loadTransfers();
    api.teams().then(setTeams, () => undefined);
  }, [api, loadShelters, loadTransfers]);

  // Transfers have no event of their own: a shelter's change may be one recorded elsewhere (a field unit), so the
  // list is fetched again, once for a burst of changes.
  const transfersTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reloadTransfersSoon = useCallback(() => {
    if (transfersTimer.current !== undefined) return;
    transfersTimer.current = setTimeout(() => {
      transfersTimer.current = undefined;
      loadTransfers();
    }, TRANSFERS_RELOAD_DELAY_MS);
  }, [loadTransfers]);
  useEffect(() => () => clearTimeout(transfersTimer.current), []);

  useEffect(() => {
    loadOthers();
    api.areas().then((collection) => setAreas(Array.isArray(collection?.features) ? collection.features : []), () => setAreas([]));
  }, [api, loadOthers]);

  useEffect(() => {
    loadResidents();
  }, [filter.area, filter.outcome, filter.due, loadResidents]);

  useWhenLive(() => {
    loadResidents();
    loadOthers();
  });
  useRealtimeEvent('ops.shelter', (envelope) => {
    const shelter = envelope.payload?.shelter;
    if (!shelter?.id) return;
    setShelters((s) => ({ ...s, items: mergeShelter(s.items ?? [], shelter) }));
    reloadTransfersSoon();
  });
  // A new run may ask for checks (acknowledging its checklist items does not: each run is looked at once); a
  // welfare-check task answers one, and field units' checks change outcomes.
  const runsSeen = useRef(new Set<string>());
  useRealtimeEvent('playbook.updated', (envelope) => {
    const runId = envelope.payload?.run?.id;
    if (runId && runsSeen.current.has(runId)) return;
    if (runId) runsSeen.current.add(runId);
    loadResidents();
  });
  useRealtimeEvent('ops.task', (envelope) => {
    if (envelope.payload?.task?.kind === 'welfare-check') loadResidents();
  });
  // Readiness and rosters change which teams can go.
  useRealtimeEvent('ops.team', (envelope) => {
    const team = envelope.payload?.team;
    if (team?.id) setTeams((list) => (list.some((t) => t.id === team.id) ? list.map((t) => (t.id === team.id ? team : t)) : [...list, team]));
  });

  const putResident = useCallback(
    (resident: VulnerableResident) => {
      setResidents((r) => ({ ...r, items: mergeResident(r.items ?? [], resident, filterRef.current) }));
      setRegister((r) => ({ ...r, items: mergeResident(r.items ?? [], resident, ANY_RESIDENT) }));
      loadResidents();
    },
    [loadResidents],
  );
  const putShelter = useCallback((shelter: Shelter) => setShelters((s) => ({ ...s, items: mergeShelter(s.items ?? [], shelter) })), []);
  const putTransfer = useCallback(
    (transfer: Transfer) => setTransfers((s) => ({ ...s, items: [transfer, ...(s.items ?? []).filter((t) => t.id !== transfer.id)] })),
    [],
  );

  return { api, filter, residents, register, shelters, transfers, teams, areas, putResident, putShelter, putTransfer, reloadResidents: loadResidents, reloadShelters: loadShelters };
}
