import {
  PUSH_SUBSCRIPTION_TOKEN_HEADER,
  type AreaFeatureCollection,
  type PublicAlertList,
  type PushSubscribeRequest,
  type PushSubscribeResponse,
  type ResidentStatusReceipt,
  type ResidentStatusRequest,
  type VapidPublicKeyResponse,
} from '@app/contracts';
import { orNotAvailable } from '../alerts/alerts-api.js';
import { ApiRequestError, NetworkError, requestJson } from '../session/auth-api.js';

/** What the resident page asks the server: all public, no sign-in. */
export interface ResidentApi {
  /** Null while the server does not offer the list (404). */
  publicAlerts(): Promise<PublicAlertList | null>;
  areas(): Promise<AreaFeatureCollection>;
  vapidPublicKey(): Promise<string>;
  subscribe(request: PushSubscribeRequest): Promise<PushSubscribeResponse>;
  unsubscribe(id: string, manageToken: string): Promise<void>;
  /** Null while the server does not take answers yet. */
  postStatus(request: ResidentStatusRequest): Promise<ResidentStatusReceipt | null>;
}

export function createResidentApi(fetchFn: typeof fetch = (...args) => fetch(...args)): ResidentApi {
  return {
    publicAlerts: () => orNotAvailable(requestJson<PublicAlertList>(fetchFn, 'GET', '/api/alerts/public?limit=20')),
    areas: () => requestJson<AreaFeatureCollection>(fetchFn, 'GET', '/api/areas'),
    vapidPublicKey: async () => (await requestJson<VapidPublicKeyResponse>(fetchFn, 'GET', '/api/push/vapid-public-key')).publicKey,
    subscribe: (request) => requestJson<PushSubscribeResponse>(fetchFn, 'POST', '/api/push/subscriptions', { body: request }),
    unsubscribe: async (id, manageToken) => {
      let response: Response;
      try {
        response = await fetchFn(`/api/push/subscriptions/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { [PUSH_SUBSCRIPTION_TOKEN_HEADER]: manageToken } });
      } catch (err) {
        throw new NetworkError(err);
      }
      // Already gone counts as unsubscribed.
      if (!response.ok && response.status !== 404) throw new ApiRequestError(response.status, 'unsubscribe_failed', `unsubscribe answered ${response.status}`);
    },
    postStatus: (request) => orNotAvailable(requestJson<ResidentStatusReceipt>(fetchFn, 'POST', '/api/residents/status', { body: request })),
  };
}
