import type { DeliveryOutcomeRow } from '@app/database';
import type { DeliveryOutcome } from '@app/push';

/**
 * What one send's outcome does to its delivery row. Retryable outcomes stay pending, leased until the retry is due
 * (Retry-After for a throttled host, else exponential backoff), until the attempts run out. Deferred rows stay
 * pending and are due again at once (or after their `retryAfterMs`).
 */
export function deliveryRowFor(id: string, attempts: number, outcome: DeliveryOutcome, policy: { maxAttempts: number; retryBaseMs: number }): DeliveryOutcomeRow {
  const attempted = wasAttempted(outcome);
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
    case 'cancelled':
      return { ...base, state: 'cancelled', retryInMs: null };
    case 'deferred':
      return { ...base, state: 'pending', retryInMs: Math.max(outcome.retryAfterMs ?? 0, 0) };
    case 'throttled':
    case 'retry': {
      if (attempted && attempts >= policy.maxAttempts) return { ...base, state: 'failed', retryInMs: null };
      const backoff = policy.retryBaseMs * 2 ** Math.max(0, attempts - 1);
      const retryInMs = outcome.kind === 'throttled' && outcome.retryAfterMs !== undefined ? Math.max(outcome.retryAfterMs, 0) : backoff;
      return { ...base, state: 'pending', retryInMs };
    }
  }
}

/**
 * Whether a request went out (the claim's attempt counts). A host paused by a 429 or by its failures answers
 * `throttled` without one; cancelled, expired and deferred messages were stopped before sending.
 */
function wasAttempted(outcome: DeliveryOutcome): boolean {
  if (outcome.kind === 'throttled') return outcome.status !== null;
  return outcome.kind !== 'cancelled' && outcome.kind !== 'deferred' && !(outcome.kind === 'expired' && outcome.status === null);
}
