import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { JobProducer } from './job-producer.js';

/** How often a worker declares its schedules again (a lost schedule is back within this long). */
export const SCHEDULES_REDECLARE_EVERY_MS = 10_000;

/**
 * Keeps every schedule the worker declared present in the queue backend, so a Redis wipe or restart cannot silently
 * stop the feed pollers, the outbox relay, the reconcilers or the housekeeping until the next deployment.
 */
@Injectable()
export class ScheduleKeeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ScheduleKeeper.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly jobs: JobProducer) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.jobs.redeclareSchedules().catch((err: unknown) => this.logger.warn({ err }, 'schedules not declared again; retrying'));
    }, SCHEDULES_REDECLARE_EVERY_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
