import { Logger } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { QueueName } from '@app/contracts';
import { QUEUE_SETTINGS } from './job-options.js';
import { QueueConnection } from './queue-connection.js';
import type { JobRunner, QueueHandle, WorkerHandle } from './queue-handles.js';

/**
 * BullMQ on Redis. Producers share one client; workers share another with `maxRetriesPerRequest: null`, which BullMQ
 * needs so a blocking fetch survives a Redis restart (each Worker duplicates it for its blocking connection).
 * Every key starts with QUEUE_PREFIX.
 */
export class RedisQueueConnection extends QueueConnection {
  readonly healthName = 'redis';
  private readonly logger = new Logger('QueueBackend');
  /** Producers, rate limits and health: fail a command after a few retries rather than hang a request. */
  readonly client: Redis;
  private workerClient: Redis | undefined;

  constructor(
    private readonly url: string,
    readonly prefix: string,
  ) {
    super();
    this.client = this.connect({ maxRetriesPerRequest: 3, connectionName: `${prefix}-producer` });
  }

  async open(): Promise<void> {
    await this.ping();
  }

  async ping(): Promise<void> {
    const answer = await this.client.ping();
    if (answer !== 'PONG') throw new Error(`Redis answered ${answer} to PING`);
  }

  protected newQueue(name: QueueName): QueueHandle {
    const queue = new Queue(name, { connection: this.client, prefix: this.prefix, defaultJobOptions: QUEUE_SETTINGS[name].defaultJobOptions });
    queue.on('error', (err) => this.logger.error({ err, queue: name }, 'queue connection error'));
    return queue;
  }

  protected newWorker(name: QueueName, run: JobRunner, concurrency: number): WorkerHandle {
    this.workerClient ??= this.connect({ maxRetriesPerRequest: null, connectionName: `${this.prefix}-worker` });
    const worker = new Worker(name, run, { connection: this.workerClient, prefix: this.prefix, concurrency });
    worker.on('error', (err) => this.logger.error({ err, queue: name }, 'worker error'));
    return worker;
  }

  protected async closeConnections(): Promise<void> {
    await Promise.all([this.client, this.workerClient].filter((c): c is Redis => c !== undefined).map((c) => c.quit().catch(() => c.disconnect())));
  }

  private connect(options: { maxRetriesPerRequest: number | null; connectionName: string }): Redis {
    const client = new Redis(this.url, options);
    // Without a listener an 'error' event would crash the process; ioredis reconnects by itself.
    client.on('error', (err) => this.logger.warn({ err: err.message }, 'Redis connection error'));
    return client;
  }
}
