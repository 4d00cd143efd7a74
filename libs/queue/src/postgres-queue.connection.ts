import { Logger } from '@nestjs/common';
import { createPostgresBackend, runMigrations, withBackend } from 'bullmq';
import pg from 'pg';
import type { QueueName } from '@app/contracts';
import { QUEUE_SETTINGS } from './job-options.js';
import { QueueConnection } from './queue-connection.js';
import type { JobRunner, QueueHandle, WorkerHandle } from './queue-handles.js';

/** BullMQ's PostgreSQL backend keeps its tables in this schema; a pool it is given must search it. */
const BULLMQ_SCHEMA = 'bullmq';

const { Queue, Worker } = withBackend(createPostgresBackend);

/**
 * BullMQ on PostgreSQL (no Redis configured): same Queue/Worker API, jobs in the `bullmq` schema of the application
 * database, LISTEN/NOTIFY to wake workers. One pool serves every queue and worker of the process; each worker also
 * holds one pooled connection for LISTEN.
 */
export class PostgresQueueConnection extends QueueConnection {
  readonly healthName = 'queue';
  private readonly logger = new Logger('QueueBackend');
  private readonly pool: pg.Pool;

  constructor(url: string, poolSize: number) {
    super();
    this.pool = new pg.Pool({
      connectionString: url,
      max: poolSize,
      options: `-c search_path=${BULLMQ_SCHEMA}`,
      keepAlive: true,
      application_name: 'qinao-queue',
      connectionTimeoutMillis: 5_000,
    });
    this.pool.on('error', (err) => this.logger.warn({ err: err.message }, 'idle queue database connection failed'));
  }

  /**
   * Creates or upgrades BullMQ's schema. Idempotent; BullMQ serialises concurrent starters with an advisory lock
   * inside one transaction, so any number of api and worker processes may start together.
   */
  async open(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await runMigrations(client, BULLMQ_SCHEMA);
    } finally {
      client.release();
    }
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  protected newQueue(name: QueueName): QueueHandle {
    const queue = new Queue(name, { connection: this.pool, defaultJobOptions: QUEUE_SETTINGS[name].defaultJobOptions });
    queue.on('error', (err) => this.logger.error({ err, queue: name }, 'queue connection error'));
    return queue;
  }

  protected newWorker(name: QueueName, run: JobRunner, concurrency: number): WorkerHandle {
    const worker = new Worker(name, run, { connection: this.pool, concurrency });
    worker.on('error', (err) => this.logger.error({ err, queue: name }, 'worker error'));
    return worker;
  }

  protected async closeConnections(): Promise<void> {
    await this.pool.end();
  }
}
