import {
  HAZARD_OPEN_STATES,
  TASK_FINAL_STATES,
  type FieldTask,
  type HazardReport,
  type OperationsKpis,
  type OperationsOverview,
  type RealtimeEnvelope,
  type Shelter,
  type Team,
} from '@app/contracts';

/** What the operations view draws; every list is kept by id, newest version wins. */
export interface OpsState {
  kpis: OperationsKpis | null;
  teams: Team[];
  tasks: FieldTask[];
  hazards: HazardReport[];
  shelters: Shelter[];
  /** When each part was last brought up to date (server time of the answer or event). */
  updated: { overview: string | null; teams: string | null; tasks: string | null; hazards: string | null; shelters: string | null };
}

export const EMPTY_OPS: OpsState = {
  kpis: null,
  teams: [],
  tasks: [],
  hazards: [],
  shelters: [],
  updated: { overview: null, teams: null, tasks: null, hazards: null, shelters: null },
};

export type OpsEventName = 'ops.team' | 'ops.task' | 'ops.check-in' | 'ops.report' | 'ops.shelter' | 'ops.kpis';
export const OPS_EVENTS: readonly OpsEventName[] = ['ops.team', 'ops.task', 'ops.check-in', 'ops.report', 'ops.shelter', 'ops.kpis'];

export type OpsAction =
  | { type: 'overview'; overview: OperationsOverview }
  | { type: 'event'; envelope: RealtimeEnvelope<OpsEventName> }
  /** Answers of the HQ's own actions and of list fetches (closed tasks, closed reports). */
  | { type: 'teams'; teams: Team[] }
  | { type: 'tasks'; tasks: FieldTask[] }
  | { type: 'reports'; reports: HazardReport[] };

export function isOpsEvent(envelope: RealtimeEnvelope): envelope is RealtimeEnvelope<OpsEventName> {
  return (OPS_EVENTS as readonly string[]).includes(envelope.event);
}

const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) || 0 : 0);
const later = (a: string | null, b: string | null | undefined) => (ms(b) > ms(a) ? (b ?? a) : a);

/**
 * Puts `items` into `list` by id. An older copy never replaces a newer one, so an event that arrives twice (live and
 * again through catch-up) or late (after a fresher fetch) changes nothing.
 */
export function upsertById<T extends { id: string }>(list: readonly T[], items: readonly T[], stamp: (item: T) => string): T[] {
  if (items.length === 0) return list as T[];
  const next = [...list];
  const index = new Map(next.map((item, i) => [item.id, i]));
  for (const item of items) {
    const at = index.get(item.id);
    if (at === undefined) {
      index.set(item.id, next.length);
      next.push(item);
    } else if (ms(stamp(item)) >= ms(stamp(next[at]!))) {
      next[at] = item;
    }
  }
  return next;
}

const teamStamp = (t: Team) => t.updatedAt;
const taskStamp = (t: FieldTask) => t.updatedAt;
const reportStamp = (r: HazardReport) => r.updatedAt;
const shelterStamp = (s: Shelter) => s.updatedAt;

export function opsReducer(state: OpsState, action: OpsAction): OpsState {
  switch (action.type) {
    case 'overview': {
      const o = action.overview;
      // The overview is the whole picture at `o.at`: it replaces the lists, then anything newer already held stays.
      const keepNewer = <T extends { id: string }>(fresh: T[], held: T[], stamp: (x: T) => string) =>
        upsertById(fresh, held.filter((h) => fresh.some((f) => f.id === h.id)), stamp);
      return {
        kpis: state.kpis && ms(state.kpis.at) > ms(o.kpis.at) ? state.kpis : o.kpis,
        teams: keepNewer(o.teams ?? [], state.teams, teamStamp),
        // Closed tasks and reports fetched for the lists stay; the overview only carries open ones.
        tasks: upsertById(state.tasks.filter((t) => TASK_FINAL_STATES.includes(t.state)), o.openTasks ?? [], taskStamp),
        hazards: upsertById(state.hazards.filter((h) => !HAZARD_OPEN_STATES.includes(h.state)), o.hazards ?? [], reportStamp),
        shelters: keepNewer(o.shelters ?? [], state.shelters, shelterStamp),
        updated: { overview: o.at, teams: o.at, tasks: o.at, hazards: o.at, shelters: o.at },
      };
    }
    case 'teams':
      return { ...state, teams: upsertById(state.teams, action.teams, teamStamp) };
    case 'tasks':
      return { ...state, tasks: upsertById(state.tasks, action.tasks, taskStamp) };
    case 'reports':
      return { ...state, hazards: upsertById(state.hazards, action.reports, reportStamp) };
    case 'event':
      return applyEvent(state, action.envelope);
  }
}

function applyEvent(state: OpsState, envelope: RealtimeEnvelope<OpsEventName>): OpsState {
  const u = state.updated;
  switch (envelope.event) {
    case 'ops.team':
      return { ...state, teams: upsertById(state.teams, [envelope.payload.team], teamStamp), updated: { ...u, teams: later(u.teams, envelope.at) } };
    case 'ops.task':
      return { ...state, tasks: upsertById(state.tasks, [envelope.payload.task], taskStamp), updated: { ...u, tasks: later(u.tasks, envelope.at) } };
    case 'ops.report':
      return { ...state, hazards: upsertById(state.hazards, [envelope.payload.report], reportStamp), updated: { ...u, hazards: later(u.hazards, envelope.at) } };
    case 'ops.shelter':
      return { ...state, shelters: upsertById(state.shelters, [envelope.payload.shelter], shelterStamp), updated: { ...u, shelters: later(u.shelters, envelope.at) } };
    case 'ops.kpis': {
      const kpis = envelope.payload.kpis;
      return state.kpis && ms(state.kpis.at) > ms(kpis.at) ? state : { ...state, kpis };
    }
    case 'ops.check-in': {
      const c = envelope.payload.checkIn;
      let changed = false;
      const teams = state.teams.map((team) => {
        if (team.id !== c.teamId || ms(team.lastPosition?.at) > ms(c.recordedAt)) return team;
        changed = true;
        // A fresh check-in ends a silence; the server's next ops.team says the same with its own clock.
        return { ...team, silent: false, lastPosition: { lat: c.location.lat, lon: c.location.lon, at: c.recordedAt, byName: c.userName } };
      });
      return changed ? { ...state, teams, updated: { ...u, teams: later(u.teams, envelope.at) } } : state;
    }
  }
}
