import type { DeliveryOutcomeKind } from '@app/contracts';

/** What became of one send, with enough detail to act on it and to explain it in a delivery report. */
export interface DeliveryOutcome {
  kind: DeliveryOutcomeKind;
  /** HTTP status from the push service; null when no response arrived (timeout, reset, refused address). */
  status: number | null;
  /** Short human-readable reason, e.g. `201 Created`, `timeout after 10000 ms`. */
  reason: string;
  /** throttled: milliseconds until this host may be tried again; deferred: until the message may be sent again. */
  retryAfterMs?: number;
}
