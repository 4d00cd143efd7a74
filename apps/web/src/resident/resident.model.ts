import type { Language, PublicAlert, ResidentStatus, ResidentStatusRequest } from '@app/contracts';

/** Minimal storage the resident page keeps its state in (localStorage in the browser, a map in specs). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const ALERTS_KEY = 'qinao.publicAlerts';
const SUBSCRIPTION_KEY = 'qinao.pushSubscription';
const STATUS_QUEUE_KEY = 'qinao.statusQueue';

function readJson<T>(store: KeyValueStore, key: string): T | undefined {
  try {
    const text = store.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Current alerts first (newest first), then the history; a resident reads what is in force before anything else. */
export function orderPublicAlerts(items: readonly PublicAlert[]): PublicAlert[] {
  return [...items].sort((a, b) => Number(b.current) - Number(a.current) || b.sent.localeCompare(a.sent));
}

/** The alert's text in the reader's language, falling back through the other Chinese script, then English. */
export function alertTextIn(alert: Pick<PublicAlert, 'info'>, language: Language) {
  const order: Language[] = [language, language === 'zh-Hans' ? 'zh-Hant' : language === 'zh-Hant' ? 'zh-Hans' : 'en', 'en'];
  for (const l of order) if (alert.info[l]?.headline) return { language: l, ...alert.info[l] };
  return { language, headline: '', description: '', instruction: '' };
}

/** The last list seen, for reading without a network, with when it was fetched. */
export interface CachedAlerts {
  items: PublicAlert[];
  fetchedAt: string;
}

export function saveAlerts(store: KeyValueStore, items: PublicAlert[], now: Date): void {
  try {
    store.setItem(ALERTS_KEY, JSON.stringify({ items, fetchedAt: now.toISOString() } satisfies CachedAlerts));
  } catch {
    // A full or blocked storage only costs the offline copy.
  }
}

export function loadAlerts(store: KeyValueStore): CachedAlerts | undefined {
  const cached = readJson<CachedAlerts>(store, ALERTS_KEY);
  return cached && Array.isArray(cached.items) ? cached : undefined;
}

/** This device's subscription as the server issued it; the manage token is the only key to change or end it. */
export interface StoredSubscription {
  id: string;
  manageToken: string;
  endpoint: string;
  language: Language;
  areas: string[];
}

export function saveSubscription(store: KeyValueStore, subscription: StoredSubscription | null): void {
  if (subscription) store.setItem(SUBSCRIPTION_KEY, JSON.stringify(subscription));
  else store.removeItem(SUBSCRIPTION_KEY);
}

export function loadSubscription(store: KeyValueStore): StoredSubscription | undefined {
  const stored = readJson<StoredSubscription>(store, SUBSCRIPTION_KEY);
  return stored && typeof stored.id === 'string' && typeof stored.manageToken === 'string' ? stored : undefined;
}

/** An answer with its client id, so that sending it again after a lost reply stores it once. */
export function statusReport(status: ResidentStatus, clientId: string, extra: Partial<Omit<ResidentStatusRequest, 'status' | 'clientId'>> = {}): ResidentStatusRequest {
  const report: ResidentStatusRequest = { status, clientId };
  if (extra.alertId) report.alertId = extra.alertId;
  if (extra.areaId) report.areaId = extra.areaId;
  if (status === 'need-help' && extra.contact?.trim()) report.contact = extra.contact.trim();
  if (extra.message?.trim()) report.message = extra.message.trim();
  return report;
}

export function queuedReports(store: KeyValueStore): ResidentStatusRequest[] {
  const queue = readJson<ResidentStatusRequest[]>(store, STATUS_QUEUE_KEY);
  return Array.isArray(queue) ? queue : [];
}

/** Keeps a report that could not be sent; the same client id is kept once. */
export function enqueueReport(store: KeyValueStore, report: ResidentStatusRequest): void {
  const queue = queuedReports(store).filter((r) => r.clientId !== report.clientId);
  store.setItem(STATUS_QUEUE_KEY, JSON.stringify([...queue, report]));
}

/**
 * Sends every queued report in order; a report the server took (or refused for good) leaves the queue, and the first
 * network failure stops the round so the rest wait for the next one. Returns how many are still queued.
 */
export async function flushReports(store: KeyValueStore, send: (report: ResidentStatusRequest) => Promise<'sent' | 'retry' | 'drop'>): Promise<number> {
  let queue = queuedReports(store);
  while (queue.length > 0) {
    const outcome = await send(queue[0]!);
    if (outcome === 'retry') break;
    queue = queue.slice(1);
    store.setItem(STATUS_QUEUE_KEY, JSON.stringify(queue));
  }
  if (queue.length === 0) store.removeItem(STATUS_QUEUE_KEY);
  return queue.length;
}

/** base64url (the VAPID public key) to the bytes `pushManager.subscribe` wants. */
export function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
