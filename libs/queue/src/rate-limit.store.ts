import { createHash } from 'node:crypto';

export interface RateLimitResult {
  allowed: boolean;
  /** Hits left in the current window. */
  remaining: number;
  /** Seconds until the window resets; 0 while hits are allowed. */
  retryAfterSeconds: number;
}

/**
 * Fixed-window hit counters shared by every api process (Redis with REDIS_URL, PostgreSQL without).
 * `hit` counts one hit on (bucket, key) and says whether it is within `limit` hits per `windowSeconds`.
 */
export abstract class RateLimitStore {
  abstract hit(bucket: string, key: string, limit: number, windowSeconds: number): Promise<RateLimitResult>;
}

/** Keys can carry user input (a username): stored as a fixed-size digest so their size is bounded. */
export function counterKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 32);
}

export function rateLimitResult(hits: number, limit: number, resetInSeconds: number): RateLimitResult {
  const allowed = hits <= limit;
  return { allowed, remaining: Math.max(0, limit - hits), retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(resetInSeconds)) };
}
