import type {
  Alert,
  AlertAudience,
  AlertProblem,
  AlertState,
  AlertTemplate,
  AreaFeatureCollection,
  CreateAlertDraftRequest,
  DeliverySummary,
  ResidentStatusCounts,
  UpdateAlertDraftRequest,
} from '@app/contracts';
import { ApiRequestError } from '../session/auth-api.js';

type Requester = { request<T>(method: string, path: string, body?: unknown): Promise<T> };

/** A stored alert with the optimistic-lock version the next edit must send. */
export type EditableAlert = Alert & { version?: number };

/** The composer and approval desk (HQ roles; the server checks role and author on every call). */
export interface AlertsApi {
  templates(): Promise<AlertTemplate[]>;
  areas(): Promise<AreaFeatureCollection>;
  list(state?: AlertState): Promise<EditableAlert[]>;
  get(id: string): Promise<EditableAlert>;
  createFromTemplate(templateId: string, content?: Partial<CreateAlertDraftRequest>): Promise<EditableAlert>;
  update(id: string, version: number, changes: UpdateAlertDraftRequest): Promise<EditableAlert>;
  validate(id: string): Promise<AlertProblem[]>;
  submit(id: string): Promise<EditableAlert>;
  approve(id: string, confirmation?: string): Promise<EditableAlert>;
  reject(id: string, reason: string): Promise<EditableAlert>;
  followUp(id: string, kind: 'update' | 'cancel'): Promise<EditableAlert>;
  sentInError(id: string): Promise<EditableAlert>;
  /** Null while the dispatch service does not offer it (404). */
  audience(id: string): Promise<AlertAudience | null>;
  deliveries(id: string): Promise<DeliverySummary | null>;
  statusCounts(alertId?: string): Promise<ResidentStatusCounts | null>;
}

const path = (id: string) => `/api/alerts/${encodeURIComponent(id)}`;

/** Turns "this route does not exist (yet)" into null; anything else stays an error. */
export async function orNotAvailable<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof ApiRequestError && (err.status === 404 || err.status === 501)) return null;
    throw err;
  }
}

export function createAlertsApi(session: Requester): AlertsApi {
  return {
    templates: async () => (await session.request<{ items: AlertTemplate[] }>('GET', '/api/alerts/templates')).items ?? [],
    areas: () => session.request<AreaFeatureCollection>('GET', '/api/areas'),
    list: async (state) => (await session.request<{ items: EditableAlert[] }>('GET', `/api/alerts${state ? `?state=${state}` : ''}`)).items ?? [],
    get: (id) => session.request('GET', path(id)),
    createFromTemplate: (templateId, content = {}) => session.request('POST', '/api/alerts', { ...content, templateId }),
    update: (id, version, changes) => session.request('PATCH', path(id), { ...changes, version }),
    validate: async (id) => (await session.request<{ problems: AlertProblem[] }>('POST', `${path(id)}/validate`)).problems ?? [],
    submit: (id) => session.request('POST', `${path(id)}/submit`),
    approve: (id, confirmation) => session.request('POST', `${path(id)}/approve`, confirmation ? { confirmation } : {}),
    reject: (id, reason) => session.request('POST', `${path(id)}/reject`, { reason }),
    followUp: (id, kind) => session.request('POST', `${path(id)}/${kind}`),
    sentInError: (id) => session.request('POST', `${path(id)}/sent-in-error`),
    audience: (id) => orNotAvailable(session.request<AlertAudience>('GET', `${path(id)}/audience`)),
    deliveries: (id) => orNotAvailable(session.request<DeliverySummary>('GET', `${path(id)}/deliveries/summary`)),
    statusCounts: (alertId) =>
      orNotAvailable(session.request<ResidentStatusCounts>('GET', `/api/residents/status-counts${alertId ? `?alertId=${encodeURIComponent(alertId)}` : ''}`)),
  };
}
