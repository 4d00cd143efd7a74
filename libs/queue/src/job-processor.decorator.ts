import { DiscoveryService } from '@nestjs/core';
import type { JobData, JobName, QueueName } from '@app/contracts';

export interface JobProcessorTarget {
  queue: QueueName;
  name: string;
}

/** What a processor learns about the job besides its data. */
export interface JobContext {
  id: string;
  /** 1 on the first run, then 2, 3… on retries. */
  attempt: number;
}

/**
 * A worker-side handler for one job name of one queue. Keep it thin: parse, delegate to a service.
 * Mark the class with `@ProcessesJob(queue, name)` and list it as a provider of a worker module.
 */
export interface JobProcessor<Q extends QueueName, N extends JobName<Q>> {
  process(data: JobData<Q, N>, context: JobContext): Promise<void>;
}

const processesJob = DiscoveryService.createDecorator<JobProcessorTarget>();

/** Registers the class as the processor of `name` jobs on `queue`; QueueConsumerModule finds it and starts a worker. */
export function ProcessesJob<Q extends QueueName>(queue: Q, name: JobName<Q>): ClassDecorator {
  return processesJob({ queue, name });
}

export { processesJob };
