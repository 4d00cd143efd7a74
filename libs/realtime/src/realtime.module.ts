import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { PostgresRealtimeBackend } from './postgres-realtime.backend.js';
import { RealtimeBackend } from './realtime-backend.js';
import { RealtimeEventRepository } from './realtime-event.repository.js';
import { RealtimePublisher } from './realtime-publisher.js';
import { RedisRealtimeBackend } from './redis-realtime.backend.js';

/** Redis when REDIS_URL is set, else PostgreSQL: the one place that decides for realtime. */
export function realtimeBackendFor(config: AppConfig): RealtimeBackend {
  return config.redisUrl
    ? new RedisRealtimeBackend(config.redisUrl, config.queuePrefix)
    : new PostgresRealtimeBackend(config.requireDatabaseUrl(), config.queuePrefix);
}

/**
 * Realtime for the api and the worker: `RealtimePublisher` (store + broadcast), `RealtimeEventRepository`
 * (catch-up, retention) and `RealtimeBackend` (the api gateway calls `attach(server)`). Needs ConfigModule and
 * DatabaseModule.
 */
@Module({
  providers: [
    { provide: RealtimeBackend, useFactory: realtimeBackendFor, inject: [AppConfig] },
    RealtimeEventRepository,
    RealtimePublisher,
  ],
  exports: [RealtimeBackend, RealtimeEventRepository, RealtimePublisher],
})
export class RealtimeModule implements OnApplicationShutdown {
  constructor(private readonly backend: RealtimeBackend) {}

  async onApplicationShutdown(): Promise<void> {
    await this.backend.close();
  }
}
