import type { AreaFeatureCollection, FieldTaskList, PlaceList } from '@app/contracts';
import { requestJson } from '../session/auth-api.js';

/** What the field app reads from the server; everything it writes goes through the outbox. */
export interface FieldApi {
  tasks(token: string): Promise<FieldTaskList>;
  areas(): Promise<AreaFeatureCollection>;
  places(): Promise<PlaceList>;
}

export function createFieldApi(fetchFn: typeof fetch = (...args) => fetch(...args)): FieldApi {
  return {
    tasks: (token) => requestJson<FieldTaskList>(fetchFn, 'GET', '/api/tasks?state=all', { token }),
    areas: () => requestJson<AreaFeatureCollection>(fetchFn, 'GET', '/api/areas'),
    places: () => requestJson<PlaceList>(fetchFn, 'GET', '/api/places'),
  };
}
