import type { DeliveryOutcomeRow } from '@app/database';
import type { DeliveryOutcome } from '@app/push';

/**
 * What one send's outcome does to its delivery row. Retryable outcomes stay pending, leased until the retry is due
 * (Retry-After for a throttled host, else exponential backoff), until the attempts run out.
 */
export function deliveryRowFor(id: string, attempts: number, outcome: DeliveryOutcome, policy: { maxAttempts: number; retryBaseMs: number }): DeliveryOutcomeRow {
  // A host paused by an earlier 429 answers `throttled` without a request: that does not use up an attempt.
  const attempted = !(outcome.kind === 'throttled' && outcome.status === null);
  const base = { id, status: outcome.status, error: outcome.kind === 'sent' ? null : outcome.reason.slice(0, 500), attempted };
  switch (outcome.kind) {
    case 'sent':
      return { ...base, state: 'sent', retryInMs: null };
    case 'gone':
      return { ...base, state: 'removed', retryInMs: null };
    case 'rejected':
      return { ...base, state: 'failed', retryInMs: null };
    case 'expired':
      return { ...base, state: 'expired', retryInMs: null };
    case 'throttled':
    case 'retry': {
      if (attempted && attempts >= policy.maxAttempts) return { ...base, state: 'failed', retryInMs: null };
      const backoff = policy.retryBaseMs * 2 ** Math.max(0, attempts - 1);
      const retryInMs = outcome.kind === 'throttled' && outcome.retryAfterMs !== undefined ? Math.max(outcome.retryAfterMs, 0) : backoff;
      return { ...base, state: 'pending', retryInMs };
    }
  }
}
