import type { SignalFreshness } from '@app/contracts';

export interface FreshnessInput {
  /** When the source document says it was published (ISO 8601), or null when it does not say. */
  publishedAt: string | null;
  now: Date;
  /** A document older than this is stale. */
  staleAfterMs: number;
  /** How far in the future a publication time may lie (clock differences) before it is distrusted. */
  maxFutureSkewMs?: number;
}

const DEFAULT_FUTURE_SKEW_MS = 10 * 60_000;

/**
 * Fresh, stale or unknown for a document's publication time. A missing or unreadable time, or one implausibly far
 * in the future, is unknown: such a document cannot vouch for the present.
 */
export function assessFreshness(input: FreshnessInput): SignalFreshness {
  if (input.publishedAt === null) return 'unknown';
  const published = Date.parse(input.publishedAt);
  const now = input.now.getTime();
  if (Number.isNaN(published) || Number.isNaN(now)) return 'unknown';
  const age = now - published;
  if (age < -(input.maxFutureSkewMs ?? DEFAULT_FUTURE_SKEW_MS)) return 'unknown';
  return age > input.staleAfterMs ? 'stale' : 'fresh';
}
