/** Tunables of the dispatch pipeline; production uses the defaults, tests shrink them. */
export interface DispatchSettings {
  /** Deliveries per `push.chunk` job (250–1,000 keeps a 200k dispatch at a few hundred jobs). */
  chunkSize: number;
  /** How long a claimed row belongs to one worker; longer than a chunk can take to send. */
  leaseMs: number;
  /** Sends per delivery before a retryable failure becomes final. */
  maxAttempts: number;
  /** First retry delay for 5xx and timeouts; doubles per attempt. */
  retryBaseMs: number;
  /** Subscriptions per fan-out INSERT; each page's chunks are queued as soon as it commits. */
  fanOutPageSize: number;
  /** At most one `alert.progress` per alert per process in this interval. */
  progressIntervalMs: number;
  /** The reconciler leaves rows alone this long after their lease ended or they were created. */
  staleDeliveryMs: number;
  /** The reconciler re-enqueues a fan-out whose outbox row was enqueued this long ago and is not done. */
  staleFanOutMs: number;
  /** Rows the reconciler re-enqueues per run. */
  reconcileBatch: number;
}

export const DISPATCH_SETTINGS = Symbol('DISPATCH_SETTINGS');

export const DEFAULT_DISPATCH_SETTINGS: DispatchSettings = {
  chunkSize: 500,
  leaseMs: 60_000,
  maxAttempts: 5,
  retryBaseMs: 1_000,
  fanOutPageSize: 5_000,
  progressIntervalMs: 250,
  staleDeliveryMs: 30_000,
  staleFanOutMs: 60_000,
  reconcileBatch: 5_000,
};
