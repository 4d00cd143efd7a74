import { Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { WORKER_DRAIN_TIMEOUT_MS } from './job-options.js';
import { JobProducer } from './job-producer.js';
import { PostgresQueueConnection } from './postgres-queue.connection.js';
import { PostgresRateLimitStore } from './postgres-rate-limit.store.js';
import { QueueBackendHealthCheck } from './queue-backend.health-check.js';
import { QueueConnection } from './queue-connection.js';
import { RateLimitStore } from './rate-limit.store.js';
import { RedisQueueConnection } from './redis-queue.connection.js';
import { RedisRateLimitStore } from './redis-rate-limit.store.js';

/** Redis when REDIS_URL is set, else PostgreSQL: the one place that decides. */
export async function openQueueConnection(config: AppConfig): Promise<QueueConnection> {
  const connection = config.redisUrl
    ? new RedisQueueConnection(config.redisUrl, config.queuePrefix)
    : new PostgresQueueConnection(config.requireDatabaseUrl(), config.databasePoolSize);
  await connection.open();
  return connection;
}

export function rateLimitStoreFor(connection: QueueConnection, dataSource: DataSource): RateLimitStore {
  return connection instanceof RedisQueueConnection
    ? new RedisRateLimitStore(connection.client, connection.prefix)
    : new PostgresRateLimitStore(dataSource);
}

/**
 * Producers (api and worker): the queue backend, `JobProducer`, `RateLimitStore` and `QueueBackendHealthCheck`.
 * Global, so a health module or a guard can inject them. Consuming needs QueueConsumerModule on top.
 * Needs ConfigModule and DatabaseModule.
 */
@Global()
@Module({
  providers: [
    { provide: QueueConnection, useFactory: openQueueConnection, inject: [AppConfig] },
    { provide: RateLimitStore, useFactory: rateLimitStoreFor, inject: [QueueConnection, DataSource] },
    JobProducer,
    QueueBackendHealthCheck,
  ],
  exports: [QueueConnection, RateLimitStore, JobProducer, QueueBackendHealthCheck],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(private readonly connection: QueueConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close(WORKER_DRAIN_TIMEOUT_MS);
  }
}
