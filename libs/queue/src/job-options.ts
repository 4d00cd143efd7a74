import type { DefaultJobOptions } from 'bullmq';
import type { QueueName } from '@app/contracts';

const HOUR_SECONDS = 3600;

/**
 * Every job retries with exponential backoff; finished jobs are kept a while for inspection and then removed, so the
 * backend does not grow without bound.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * HOUR_SECONDS, count: 1_000 },
  removeOnFail: { age: 7 * 24 * HOUR_SECONDS, count: 5_000 },
};

export interface QueueSettings {
  /** Jobs one worker process runs at once on this queue. */
  concurrency: number;
  defaultJobOptions: DefaultJobOptions;
}

export const QUEUE_SETTINGS: Record<QueueName, QueueSettings> = {
  notices: { concurrency: 4, defaultJobOptions: DEFAULT_JOB_OPTIONS },
  // Feed polls overlap badly if they run concurrently in one process; playbook evaluations are small and independent.
  signals: { concurrency: 2, defaultJobOptions: DEFAULT_JOB_OPTIONS },
  // The chunks a process runs share its PUSH_CONCURRENCY requests in flight; with four, one chunk's lease and
  // outcome write overlap the others' sends, so the requests in flight do not dip between chunks.
  dispatch: { concurrency: 4, defaultJobOptions: DEFAULT_JOB_OPTIONS },
  // Housekeeping runs on schedules: a missed run is replaced by the next one, so few retries and little history.
  system: {
    concurrency: 2,
    defaultJobOptions: {
      attempts: 2,
      backoff: { type: 'fixed', delay: 1_000 },
      removeOnComplete: { age: HOUR_SECONDS, count: 50 },
      removeOnFail: { age: 24 * HOUR_SECONDS, count: 200 },
    },
  },
};

/** How long shutdown waits for running jobs before it stops them (they are retried elsewhere). */
export const WORKER_DRAIN_TIMEOUT_MS = 10_000;

/** BullMQ uses `:` inside its own keys and scheduler job ids; a custom job id containing one is rejected. */
export function assertJobId(jobId: string): void {
  if (jobId.length === 0 || jobId.includes(':')) {
    throw new Error(`Job id "${jobId}" is not allowed: it must be non-empty and must not contain ":"`);
  }
}
