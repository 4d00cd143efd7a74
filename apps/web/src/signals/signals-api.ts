import type {
  ManualSignalRequest,
  SignalBoard,
  SignalHistoryPage,
  SignalHoldDecision,
  SignalHoldList,
  SignalIngestResult,
  SignalKey,
  SignalOutlook,
  SignalOutlookUpdate,
} from '@app/contracts';
import { ApiRequestError, requestJson } from '../session/auth-api.js';

export interface HistoryQuery {
  authority?: string;
  hazard?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** The public reads of the signal board: no token, the same for residents, liaisons and HQ. */
export interface SignalReads {
  board(): Promise<SignalBoard>;
  history(query?: HistoryQuery): Promise<SignalHistoryPage>;
  /** Null when no probability table has been entered (or it was withdrawn). */
  outlook(): Promise<SignalOutlook | null>;
}

export function createSignalReads(fetchFn: typeof fetch = (...args) => fetch(...args)): SignalReads {
  return {
    board: () => requestJson<SignalBoard>(fetchFn, 'GET', '/api/signals/board'),
    history: (query = {}) => requestJson<SignalHistoryPage>(fetchFn, 'GET', `/api/signals/history${queryString(query)}`),
    outlook: async () => {
      try {
        return asOutlook(await requestJson<unknown>(fetchFn, 'GET', '/api/signals/outlook'));
      } catch (err) {
        if (err instanceof ApiRequestError && err.status === 404) return null;
        throw err;
      }
    },
  };
}

export function queryString(query: HistoryQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The outlook route may answer with nothing, `null`, or `{outlook: null}` when there is none. */
export function asOutlook(body: unknown): SignalOutlook | null {
  if (typeof body !== 'object' || body === null) return null;
  const candidate = 'rows' in body ? body : (body as { outlook?: unknown }).outlook;
  if (typeof candidate !== 'object' || candidate === null || !Array.isArray((candidate as SignalOutlook).rows)) return null;
  return candidate as SignalOutlook;
}

/** The HQ desk: held readings and changes to signals (operator, commander and admin; the server checks every call). */
export interface SignalDesk {
  holds(): Promise<SignalHoldList>;
  putOutlook(update: SignalOutlookUpdate): Promise<SignalOutlook>;
  decideHold(key: SignalKey, decision: 'confirm' | 'reject', body: SignalHoldDecision): Promise<SignalIngestResult>;
  manual(request: ManualSignalRequest): Promise<SignalIngestResult>;
}

type Requester = { request<T>(method: string, path: string, body?: unknown): Promise<T> };

export function createSignalDesk(session: Requester): SignalDesk {
  return {
    holds: () => session.request('GET', '/api/signals/holds'),
    putOutlook: (update) => session.request('PUT', '/api/signals/outlook', update),
    decideHold: (key, decision, body) =>
      session.request('POST', `/api/signals/holds/${segments(key)}/${decision}`, body),
    manual: (request) => session.request('POST', '/api/signals/manual', request),
  };
}

function segments(key: SignalKey): string {
  return [key.authority, key.area, key.hazard].map(encodeURIComponent).join('/');
}
