import { isPersonalCacheKey } from './field-cache-keys.js';
import type { OutboxStore } from './outbox-runner.js';
import type { OutboxItem } from './outbox.model.js';

/**
 * The field app's IndexedDB database, shared with the service worker (public/field-sw.js opens the same names):
 * `outbox` (items keyed by client id, photos as Blobs), `session` (the current access token, for the service worker)
 * and `cache` (the last task list, the residents to check on, the teams and the area map, for working without a
 * network; keys in field-cache-keys.ts).
 */
export const FIELD_DB_NAME = 'qinao-field';
export const FIELD_DB_VERSION = 1;
export const OUTBOX_STORE = 'outbox';
export const SESSION_STORE = 'session';
export const CACHE_STORE = 'cache';
export const SESSION_KEY = 'current';

/** What the service worker needs to send the outbox by itself; refreshed by the page with every new token. */
export interface StoredFieldSession {
  accessToken: string;
  /** Epoch milliseconds; the service worker leaves the outbox to the page once the token is near its end. */
  expiresAt: number;
  userId: string;
  displayName: string;
}

let opening: Promise<IDBDatabase> | undefined;

export function fieldDbAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

export function openFieldDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(FIELD_DB_NAME, FIELD_DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(OUTBOX_STORE)) db.createObjectStore(OUTBOX_STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(SESSION_STORE)) db.createObjectStore(SESSION_STORE);
      if (!db.objectStoreNames.contains(CACHE_STORE)) db.createObjectStore(CACHE_STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab with a newer version of the app wants to upgrade: let it.
      db.onversionchange = () => {
        db.close();
        opening = undefined;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = undefined;
      reject(request.error);
    };
  });
  return opening;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

async function read<T>(storeName: string, key: IDBValidKey): Promise<T | undefined> {
  const db = await openFieldDb();
  return (await done(db.transaction(storeName).objectStore(storeName).get(key))) as T | undefined;
}

async function write(storeName: string, key: IDBValidKey | undefined, value: unknown): Promise<void> {
  const db = await openFieldDb();
  const tx = db.transaction(storeName, 'readwrite');
  if (value === undefined) tx.objectStore(storeName).delete(key!);
  else tx.objectStore(storeName).put(value, key);
  await committed(tx);
}

export function idbOutboxStore(): OutboxStore {
  return {
    all: async () => {
      const db = await openFieldDb();
      return (await done(db.transaction(OUTBOX_STORE).objectStore(OUTBOX_STORE).getAll())) as OutboxItem[];
    },
    put: async (item) => {
      const db = await openFieldDb();
      const tx = db.transaction(OUTBOX_STORE, 'readwrite');
      tx.objectStore(OUTBOX_STORE).put(item);
      await committed(tx);
    },
    remove: (id) => write(OUTBOX_STORE, id, undefined),
    change: async (id, fn) => {
      const db = await openFieldDb();
      const tx = db.transaction(OUTBOX_STORE, 'readwrite');
      const store = tx.objectStore(OUTBOX_STORE);
      const current = (await done(store.get(id))) as OutboxItem | undefined;
      const next = current ? fn(current) : undefined;
      if (next) store.put(next);
      await committed(tx);
      return next;
    },
  };
}

export const readFieldSession = () => read<StoredFieldSession>(SESSION_STORE, SESSION_KEY);
export const writeFieldSession = (session: StoredFieldSession | undefined) => write(SESSION_STORE, SESSION_KEY, session);

export const readCached = <T>(key: string) => read<{ value: T; savedAt: string }>(CACHE_STORE, key);
export const writeCached = (key: string, value: unknown) => write(CACHE_STORE, key, { value, savedAt: new Date().toISOString() });

/** Removes every account's tasks, residents and teams from the phone (on sign-out); shared reference data stays. */
export async function clearPersonalCache(): Promise<void> {
  const db = await openFieldDb();
  const tx = db.transaction(CACHE_STORE, 'readwrite');
  const store = tx.objectStore(CACHE_STORE);
  const keys = await done(store.getAllKeys());
  for (const key of keys) if (typeof key === 'string' && isPersonalCacheKey(key)) store.delete(key);
  await committed(tx);
}
