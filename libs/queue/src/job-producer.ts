import { Injectable } from '@nestjs/common';
import type { JobData, JobName, QueueName } from '@app/contracts';
import { assertJobId } from './job-options.js';
import { QueueConnection } from './queue-connection.js';

export interface AddJobOptions {
  /** Makes adding idempotent: a second job with the same id is not added. Must not contain `:`. */
  jobId?: string;
  delayMs?: number;
}

export type JobSchedule = { everyMs: number } | { cron: string };

/** Adds typed jobs to queues; the api and the worker produce through it. Never consumes. */
@Injectable()
export class JobProducer {
  /** Every schedule this process declared, so it can declare them again when the backend lost them. */
  private readonly declared = new Map<string, () => Promise<void>>();

  constructor(private readonly connection: QueueConnection) {}

  /** Resolves with the job id once the backend has stored the job. */
  async add<Q extends QueueName, N extends JobName<Q>>(queue: Q, name: N, data: JobData<Q, N>, options: AddJobOptions = {}): Promise<string> {
    if (options.jobId !== undefined) assertJobId(options.jobId);
    const job = await this.connection.queue(queue).add(name, data, { jobId: options.jobId, delay: options.delayMs });
    return String(job.id);
  }

  /**
   * Creates or updates a job scheduler (BullMQ keeps one per id, whatever the number of processes calling this),
   * which adds `name` with `data` to `queue` on the schedule.
   */
  async schedule<Q extends QueueName, N extends JobName<Q>>(queue: Q, schedulerId: string, schedule: JobSchedule, name: N, data: JobData<Q, N>): Promise<void> {
    assertJobId(schedulerId);
    const repeat = 'everyMs' in schedule ? { every: schedule.everyMs } : { pattern: schedule.cron };
    const declare = async () => {
      await this.connection.queue(queue).upsertJobScheduler(schedulerId, repeat, { name, data });
    };
    await declare();
    this.declared.set(`${queue}/${schedulerId}`, declare);
  }

  /**
   * Declares every schedule of this process again. Schedules live in the queue backend: a Redis wiped or restarted
   * without persistence forgets them while the workers keep running. Upserting a schedule that exists keeps its next
   * run, so calling this often never delays a job.
   */
  async redeclareSchedules(): Promise<void> {
    for (const declare of this.declared.values()) await declare();
  }
}
