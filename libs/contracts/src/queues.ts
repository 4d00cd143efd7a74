import type { AlertFanOutJob, PushChunkJob } from './dispatch.js';
import type { PlaybookEvaluateJob } from './playbooks.js';
import type { Notice } from './realtime.js';

/**
 * Queues and their jobs: the api produces, the worker consumes. A job's payload type follows from its queue and name,
 * so a producer cannot enqueue a job the worker would not understand.
 */
export const QUEUE_NAMES = ['notices', 'system', 'signals', 'dispatch'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** Broadcast a stored staff notice to its audience. */
export interface NoticeBroadcastJob {
  notice: Notice;
}

/** Jobs without input (scheduled housekeeping). */
export type EmptyJob = Record<string, never>;

export interface QueueJobs {
  notices: {
    'notice.broadcast': NoticeBroadcastJob;
    /** Reads PostgreSQL only and re-enqueues notices not broadcast after a grace period (scheduled). */
    'notices.reconcile': EmptyJob;
  };
  signals: {
    /** Polls the Macau SMG warning files (scheduled every SIGNAL_POLL_INTERVAL_MS). */
    'smg.poll': EmptyJob;
    /** Polls the configured Guangdong/Zhuhai CAP or Atom feed (scheduled when CAP_FEED_URL is set). */
    'cap.poll': EmptyJob;
    /** Marks tracks whose source has not answered within its staleness limit as stale (scheduled). */
    'freshness.check': EmptyJob;
    /** Evaluates the playbook rules for a committed signal change. */
    'playbooks.evaluate': PlaybookEvaluateJob;
  };
  dispatch: {
    /** Moves committed outbox rows into the queue (scheduled, and nudged after each approval). */
    'outbox.relay': EmptyJob;
    /** Creates the delivery rows of a published alert and enqueues its push chunks. */
    'alert.fanout': AlertFanOutJob;
    /** Sends one chunk of deliveries. */
    'push.chunk': PushChunkJob;
    /** Reads PostgreSQL only and re-enqueues unfinished work after a crash or a lost Redis (scheduled). */
    'dispatch.reconcile': EmptyJob;
  };
  system: {
    /** Deletes stored realtime events past their retention. */
    'realtime-events.prune': EmptyJob;
    /** Publishes `system.heartbeat` so staff screens show that a worker is alive. */
    'worker.heartbeat': EmptyJob;
    /** Recomputes the operations KPI tiles and publishes `ops.kpis` when they changed (scheduled). */
    'operations.kpis': EmptyJob;
  };
}

export type JobName<Q extends QueueName> = keyof QueueJobs[Q] & string;
export type JobData<Q extends QueueName, N extends JobName<Q>> = QueueJobs[Q][N];
