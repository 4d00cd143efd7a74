import {
  REALTIME_CATCH_UP_MAX,
  type AreaFeatureCollection,
  type CreateTaskRequest,
  type FieldTask,
  type FieldTaskList,
  type HazardReport,
  type HazardReportList,
  type HazardReportTransitionRequest,
  type OperationsKpis,
  type OperationsOverview,
  type PlaceList,
  type RealtimeCatchUp,
  type SetReadinessRequest,
  type Team,
  type TeamList,
} from '@app/contracts';

type Requester = { request<T>(method: string, path: string, body?: unknown): Promise<T> };

/** The HQ's operations calls (the server checks the role on each). */
export interface OperationsApi {
  overview(): Promise<OperationsOverview>;
  kpis(): Promise<OperationsKpis>;
  areas(): Promise<AreaFeatureCollection>;
  places(): Promise<PlaceList>;
  teams(): Promise<TeamList>;
  tasks(state: 'open' | 'closed' | 'all'): Promise<FieldTask[]>;
  reports(): Promise<HazardReport[]>;
  createTask(request: CreateTaskRequest): Promise<FieldTask>;
  setReadiness(teamId: string, request: SetReadinessRequest): Promise<Team>;
  transitionReport(reportId: string, request: HazardReportTransitionRequest): Promise<HazardReport>;
  /** Stored realtime events after `after` in this user's rooms. */
  catchUp(after: number): Promise<RealtimeCatchUp>;
}

const id = (value: string) => encodeURIComponent(value);

export function createOperationsApi(session: Requester): OperationsApi {
  return {
    overview: () => session.request('GET', '/api/operations/overview'),
    kpis: () => session.request('GET', '/api/operations/kpis'),
    areas: () => session.request('GET', '/api/areas'),
    places: () => session.request('GET', '/api/places'),
    teams: () => session.request('GET', '/api/teams'),
    tasks: async (state) => (await session.request<FieldTaskList>('GET', `/api/tasks?state=${state}`)).items ?? [],
    reports: async () => (await session.request<HazardReportList>('GET', '/api/reports')).items ?? [],
    createTask: (request) => session.request('POST', '/api/tasks', request),
    setReadiness: (teamId, request) => session.request('POST', `/api/teams/${id(teamId)}/readiness`, request),
    transitionReport: (reportId, request) => session.request('POST', `/api/reports/${id(reportId)}/transition`, request),
    catchUp: (after) => session.request('GET', `/api/realtime/events?after=${after}&limit=${REALTIME_CATCH_UP_MAX}`),
  };
}
