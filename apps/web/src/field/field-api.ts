import type { AreaFeatureCollection, FieldTaskList, PlaceList, ShelterList, TeamList, VulnerableResidentList } from '@app/contracts';
import { requestJson } from '../session/auth-api.js';

/** What the field app reads from the server; everything it writes goes through the outbox. */
export interface FieldApi {
  tasks(token: string): Promise<FieldTaskList>;
  /** For a field account the server answers only the residents on its team's open welfare-check tasks. */
  residents(token: string): Promise<VulnerableResidentList>;
  /** For a field account: its own teams. */
  teams(token: string): Promise<TeamList>;
  /** Names, capacity and occupancy, for recording a transfer. */
  shelters(token: string): Promise<ShelterList>;
  areas(): Promise<AreaFeatureCollection>;
  places(): Promise<PlaceList>;
}

export function createFieldApi(fetchFn: typeof fetch = (...args) => fetch(...args)): FieldApi {
  return {
    tasks: (token) => requestJson<FieldTaskList>(fetchFn, 'GET', '/api/tasks?state=all', { token }),
    residents: (token) => requestJson<VulnerableResidentList>(fetchFn, 'GET', '/api/vulnerable-residents', { token }),
    teams: (token) => requestJson<TeamList>(fetchFn, 'GET', '/api/teams', { token }),
    shelters: (token) => requestJson<ShelterList>(fetchFn, 'GET', '/api/shelters', { token }),
    areas: () => requestJson<AreaFeatureCollection>(fetchFn, 'GET', '/api/areas'),
    places: () => requestJson<PlaceList>(fetchFn, 'GET', '/api/places'),
  };
}
