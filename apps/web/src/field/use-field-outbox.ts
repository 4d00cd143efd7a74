import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FieldAccess } from './field-access.js';
import { fieldDbAvailable, idbOutboxStore } from './field-db.js';
import { OUTBOX_SYNC_TAG } from './field-pwa.js';
import { flushOutbox, type OutboxStore } from './outbox-runner.js';
import { sendOutboxRequest } from './outbox-send.js';
import { forDisplay, newOutboxItem, waitingCount, type OutboxInput, type OutboxItem, type SendOutcome } from './outbox.model.js';

/** Other tabs and the service worker say "the outbox changed" on this channel. */
export const OUTBOX_CHANNEL = 'qinao-field-outbox';
/** While something waits, the page tries again this often (each item still keeps its own backoff). */
export const OUTBOX_POLL_MS = 10_000;
const OUTBOX_LOCK = 'qinao-field-outbox';

export interface FieldOutbox {
  /** This account's items, newest first. */
  items: OutboxItem[];
  waiting: number;
  /** False until IndexedDB answered the first time. */
  loaded: boolean;
  /** Keeps a new record and tries to send it at once; resolves to the stored item. */
  enqueue(input: OutboxInput): Promise<OutboxItem>;
  flush(force?: boolean): Promise<void>;
  discard(id: string): Promise<void>;
}

function withLock(fn: () => Promise<void>): Promise<void> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(OUTBOX_LOCK, fn) : fn();
}

async function registerBackgroundSync(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = (await navigator.serviceWorker.getRegistration('/field')) as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
  await registration?.sync?.register(OUTBOX_SYNC_TAG).catch(() => undefined);
}

/**
 * The outbox of the signed-in inspector: loads it from IndexedDB, sends it when the app opens, when the network
 * returns, every few seconds while something waits, and when asked; hands it to Background Sync when sending fails,
 * so the service worker sends it even after the page is closed.
 */
export function useFieldOutbox(access: FieldAccess): FieldOutbox {
  const store = useMemo<OutboxStore | undefined>(() => (fieldDbAvailable() ? idbOutboxStore() : undefined), []);
  const [all, setAll] = useState<OutboxItem[]>([]);
  const [loaded, setLoaded] = useState(false);
  const accessRef = useRef(access);
  accessRef.current = access;
  const running = useRef<Promise<void> | undefined>(undefined);
  const again = useRef<boolean | undefined>(undefined);
  const channel = useRef<BroadcastChannel | undefined>(undefined);

  const reload = useCallback(async () => {
    if (!store) return;
    const items = await store.all().catch(() => undefined);
    if (!items) return;
    setAll(items);
    setLoaded(true);
  }, [store]);

  const announce = useCallback(() => {
    void reload();
    try {
      channel.current?.postMessage('changed');
    } catch {
      // closed while the page goes away
    }
  }, [reload]);

  const send = useCallback(async (item: OutboxItem): Promise<SendOutcome> => {
    const current = accessRef.current;
    let token = await current.token();
    if (!token) return { kind: 'auth' };
    let outcome = await sendOutboxRequest((...args) => fetch(...args), item.request, token);
    if (outcome.kind === 'auth' && (await current.renew())) {
      token = await current.token();
      if (token) outcome = await sendOutboxRequest((...args) => fetch(...args), item.request, token);
    }
    return outcome;
  }, []);

  const flush = useCallback(
    async (force = false): Promise<void> => {
      if (!store) return;
      // One round at a time per tab; a request during a round runs one more round after it (forced if any asked).
      if (running.current) {
        again.current = (again.current ?? false) || force;
        return running.current;
      }
      const round = withLock(async () => {
        const notifying: OutboxStore = { ...store, change: async (id, fn) => {
          const next = await store.change(id, fn);
          if (next) void reload();
          return next;
        } };
        const result = await flushOutbox(notifying, send, { userId: accessRef.current.userId, force });
        if (result.stoppedBy === 'retry') await registerBackgroundSync();
      })
        .catch(() => undefined)
        .finally(() => {
          running.current = undefined;
          announce();
          const next = again.current;
          again.current = undefined;
          if (next !== undefined) void flush(next);
        });
      running.current = round;
      return round;
    },
    [announce, reload, send, store],
  );

  const enqueue = useCallback<FieldOutbox['enqueue']>(
    async (input) => {
      const item = newOutboxItem({ id: input.id ?? crypto.randomUUID(), userId: accessRef.current.userId, kind: input.kind, label: input.label, request: input.request }, new Date());
      if (!store) throw new Error('This browser keeps no outbox (IndexedDB is not available)');
      await store.put(item);
      announce();
      await registerBackgroundSync();
      void flush(true);
      return item;
    },
    [announce, flush, store],
  );

  const discard = useCallback(
    async (id: string) => {
      await store?.remove(id);
      announce();
    },
    [announce, store],
  );

  useEffect(() => {
    void reload().then(() => flush(false));
    const onOnline = () => void flush(true);
    const onVisible = () => document.visibilityState === 'visible' && void flush(false);
    const listening = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(OUTBOX_CHANNEL) : undefined;
    channel.current = listening;
    listening?.addEventListener('message', () => void reload());
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
      channel.current = undefined;
      listening?.close();
    };
  }, [flush, reload]);

  const mine = useMemo(() => all.filter((i) => i.userId === access.userId), [all, access.userId]);
  const waiting = waitingCount(mine);

  useEffect(() => {
    if (waiting === 0) return;
    const timer = setInterval(() => void flush(false), OUTBOX_POLL_MS);
    return () => clearInterval(timer);
  }, [flush, waiting]);

  const items = useMemo(() => forDisplay(mine, new Date()), [mine]);
  return { items, waiting, loaded, enqueue, flush, discard };
}
