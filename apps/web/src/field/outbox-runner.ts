import { claim, inSendingOrder, isExpiredSent, settle, waitingCount, type OutboxItem, type SendOutcome } from './outbox.model.js';

/** Where the outbox lives (IndexedDB in the browser, a map in specs). */
export interface OutboxStore {
  all(): Promise<OutboxItem[]>;
  put(item: OutboxItem): Promise<void>;
  remove(id: string): Promise<void>;
  /** Reads, changes and writes one item in one step; `fn` returns undefined to leave it as it is. */
  change(id: string, fn: (item: OutboxItem) => OutboxItem | undefined): Promise<OutboxItem | undefined>;
}

export type OutboxSender = (item: OutboxItem) => Promise<SendOutcome>;

export interface FlushResult {
  delivered: number;
  failed: number;
  /** Still to go out after this round. */
  waiting: number;
  /** Why the round stopped early: no network (or a busy server), or a refused token. */
  stoppedBy?: 'retry' | 'auth';
}

/**
 * One sending round over the outbox of one account, oldest first. Each item is claimed before it is sent so two
 * senders (two tabs, the page and the service worker) do not send it at once; the server's de-duplication by client
 * id covers what slips through. The first failure that would hit the others too (no network, busy server, refused
 * token) ends the round; the rest wait for the next one.
 */
export async function flushOutbox(
  store: OutboxStore,
  send: OutboxSender,
  { userId, force = false, now = () => new Date() }: { userId: string; force?: boolean; now?: () => Date },
): Promise<FlushResult> {
  const result: FlushResult = { delivered: 0, failed: 0, waiting: 0 };
  for (const item of await store.all()) {
    if (isExpiredSent(item, now())) await store.remove(item.id);
  }
  for (const item of inSendingOrder(await store.all())) {
    if (item.userId !== userId) continue;
    const claimed = await store.change(item.id, (current) => claim(current, now(), force));
    if (!claimed) continue;
    let outcome: SendOutcome;
    try {
      outcome = await send(claimed);
    } catch {
      outcome = { kind: 'retry', status: null };
    }
    await store.change(item.id, (current) => (current.state === 'sending' ? settle(current, outcome, now()) : undefined));
    if (outcome.kind === 'delivered') result.delivered++;
    else if (outcome.kind === 'permanent') result.failed++;
    else {
      result.stoppedBy = outcome.kind;
      break;
    }
  }
  result.waiting = waitingCount((await store.all()).filter((i) => i.userId === userId));
  return result;
}
