import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { QueueModule } from '@app/queue';
import { RateLimitGuard } from './rate-limit.guard.js';

/** Installs the rate-limit guard for every route marked `@RateLimit(...)`. Counters: RateLimitStore of libs/queue. */
@Module({
  imports: [QueueModule],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class RateLimitModule {}
