import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { RateLimitStore, counterKey, rateLimitResult, type RateLimitResult } from './rate-limit.store.js';

const PRUNE_EVERY_MS = 60_000;

/**
 * Counters in the UNLOGGED table rate_limit_counters. The upsert is one statement, so concurrent hits on one key
 * serialise on its row; an expired window restarts in the same statement. Expired rows are pruned now and then.
 */
export class PostgresRateLimitStore extends RateLimitStore {
  private readonly logger = new Logger(PostgresRateLimitStore.name);
  private lastPrune = 0;

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async hit(bucket: string, key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
    const rows = await this.dataSource.query<{ hits: number; reset_in: number }[]>(
      `INSERT INTO rate_limit_counters AS c (bucket, key, hits, expires_at)
       VALUES ($1, $2, 1, clock_timestamp() + make_interval(secs => $3))
       ON CONFLICT (bucket, key) DO UPDATE SET
         hits = CASE WHEN c.expires_at <= clock_timestamp() THEN 1 ELSE c.hits + 1 END,
         expires_at = CASE WHEN c.expires_at <= clock_timestamp() THEN EXCLUDED.expires_at ELSE c.expires_at END
       RETURNING hits, extract(epoch FROM expires_at - clock_timestamp())::float8 AS reset_in`,
      [bucket, counterKey(key), windowSeconds],
    );
    this.pruneNowAndThen();
    return rateLimitResult(Number(rows[0].hits), limit, Number(rows[0].reset_in));
  }

  /** Deletes counters whose window has ended; returns how many. */
  async prune(): Promise<number> {
    const result = await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE expires_at <= clock_timestamp()`);
    return Array.isArray(result) ? Number(result[1] ?? 0) : 0;
  }

  private pruneNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    this.prune().catch((err: unknown) => this.logger.warn({ err }, 'pruning expired rate-limit counters failed'));
  }
}
