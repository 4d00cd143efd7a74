import type { Job, JobSchedulerTemplateOptions, JobsOptions, RepeatOptions } from 'bullmq';

/**
 * The parts of a BullMQ Queue the system uses. The Redis and the PostgreSQL backend give the same Queue API, so the
 * rest of the system holds this shape and never learns which backend runs.
 */
export interface QueueHandle {
  add(name: string, data: unknown, opts?: JobsOptions): Promise<Job>;
  upsertJobScheduler(
    schedulerId: string,
    repeat: Omit<RepeatOptions, 'key'>,
    template?: { name?: string; data?: unknown; opts?: JobSchedulerTemplateOptions },
  ): Promise<unknown>;
  close(): Promise<void>;
}

/** The parts of a BullMQ Worker the system uses. */
export interface WorkerHandle {
  waitUntilReady(): Promise<unknown>;
  close(force?: boolean): Promise<void>;
}

/** What a worker runs for each job it takes. */
export type JobRunner = (job: Job) => Promise<unknown>;
