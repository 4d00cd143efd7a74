import { SetMetadata } from '@nestjs/common';

/**
 * `login`: per client address and username (lower-cased), RATE_LIMIT_LOGIN_PER_MINUTE.
 * `public`: per client address, RATE_LIMIT_PUBLIC_PER_MINUTE.
 */
export type RateLimitPolicy = 'login' | 'public';

export const RATE_LIMIT_KEY = 'qinao:rate-limit';

/** Limits how often one client may call the route; over the limit it answers 429 with Retry-After. */
export const RateLimit = (policy: RateLimitPolicy) => SetMetadata(RATE_LIMIT_KEY, policy);
