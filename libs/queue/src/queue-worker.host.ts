import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { UnrecoverableError, type Job } from 'bullmq';
import type { QueueName } from '@app/contracts';
import { QUEUE_SETTINGS, WORKER_DRAIN_TIMEOUT_MS } from './job-options.js';
import { processesJob, type JobContext } from './job-processor.decorator.js';
import { QueueConnection } from './queue-connection.js';

/** A `JobProcessor` of any queue and job, as the host sees it once the job's name has picked it. */
type AnyProcessor = { process(data: unknown, context: JobContext): Promise<void> };

/**
 * Finds every `@ProcessesJob` provider once the application has started and runs one BullMQ worker per queue that
 * has processors, routing each job to the processor of its name. On shutdown it stops taking jobs and lets running
 * ones finish (bounded) before the database and queue connections close.
 */
@Injectable()
export class QueueWorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueWorkerHost.name);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly connection: QueueConnection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const routes = new Map<QueueName, Map<string, AnyProcessor>>();
    for (const wrapper of this.discovery.getProviders({ metadataKey: processesJob.KEY })) {
      const target = this.discovery.getMetadataByDecorator(processesJob, wrapper);
      if (!target || !wrapper.instance) continue;
      const byName = routes.get(target.queue) ?? new Map<string, AnyProcessor>();
      if (byName.has(target.name)) throw new Error(`Two processors for ${target.queue}/${target.name}`);
      byName.set(target.name, wrapper.instance as AnyProcessor);
      routes.set(target.queue, byName);
    }
    const workers = [...routes].map(([queue, byName]) =>
      this.connection.worker(queue, (job) => this.run(queue, byName, job), QUEUE_SETTINGS[queue].concurrency),
    );
    await Promise.all(workers.map((worker) => worker.waitUntilReady()));
    for (const [queue, byName] of routes) this.logger.log(`consuming ${queue}: ${[...byName.keys()].join(', ')}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.connection.closeWorkers(WORKER_DRAIN_TIMEOUT_MS);
  }

  private async run(queue: QueueName, byName: Map<string, AnyProcessor>, job: Job): Promise<void> {
    const processor = byName.get(job.name);
    // Retrying cannot help a job nobody knows how to run.
    if (!processor) throw new UnrecoverableError(`No processor for ${queue}/${job.name}`);
    try {
      await processor.process(job.data, { id: String(job.id), attempt: job.attemptsMade + 1 });
    } catch (err) {
      this.logger.warn({ err, queue, job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 }, 'job failed');
      throw err;
    }
  }
}
