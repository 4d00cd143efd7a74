import type { DeliveryOutcome } from '@app/push';
import type { AlertStopWatch } from './alert-stop.watcher.js';

/** Time kept at the end of a chunk's lease for writing its outcomes. */
export const OUTCOME_WRITE_MARGIN_MS = 5_000;

const CANCELLED: DeliveryOutcome = { kind: 'cancelled', status: null, reason: 'alert cancelled before sending' };
const EXPIRED: DeliveryOutcome = { kind: 'expired', status: null, reason: 'alert expired before sending' };
const HANDED_BACK: DeliveryOutcome = { kind: 'deferred', status: null, reason: 'not sent before the chunk lease ran out: handed back', retryAfterMs: 0 };

/**
 * Until when (ms since the epoch) a chunk that started claiming at `claimStartedAt` may start requests: its last
 * request must be answered or timed out, and the outcomes written, before its lease ends and another chunk may claim
 * the rows. A push timeout too long for the lease still leaves half the lease for sending, so a chunk always sends.
 */
export function sendDeadline(claimStartedAt: number, leaseMs: number, pushTimeoutMs: number): number {
  return claimStartedAt + Math.max(leaseMs - pushTimeoutMs - OUTCOME_WRITE_MARGIN_MS, leaseMs / 2);
}

/**
 * The batch's stop check: cancelled or expired as the alert's watch says, else handed back (no attempt used) once
 * the send deadline has passed.
 */
export function chunkStop(watch: Pick<AlertStopWatch, 'reason'>, deadline: number, now: () => number = Date.now): () => DeliveryOutcome | null {
  return () => {
    const reason = watch.reason();
    if (reason === 'cancelled') return CANCELLED;
    if (reason === 'expired') return EXPIRED;
    return now() >= deadline ? HANDED_BACK : null;
  };
}
