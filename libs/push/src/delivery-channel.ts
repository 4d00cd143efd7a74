import type { PushSubscriptionJson, PushUrgency } from '@app/contracts';
import type { DeliveryOutcome } from './outcome/delivery-outcome.js';

/** Where one message goes. A union: SMS gateways and partner webhooks join as new members. */
export type DeliveryTarget = { channel: 'web-push'; subscription: PushSubscriptionJson };

/** One message of a batch: the caller's id (e.g. the delivery row) and the serialised payload for this recipient. */
export interface DeliveryMessage {
  id: string;
  target: DeliveryTarget;
  /**
   * The bytes to deliver. Messages of one language share one Buffer; channels encrypt or frame it per recipient
   * but never re-serialise it.
   */
  payload: Uint8Array;
}

/** Messages of one alert, sent together. */
export interface DeliveryBatch {
  /** Replaces an older still-queued message with the same topic (RFC 8030 §5.4); see `pushTopicFor`. */
  topic: string;
  /** After this the message is worthless: sets the TTL, and messages not sent by then come back `expired`. */
  expiresAt: Date;
  urgency: PushUrgency;
  messages: readonly DeliveryMessage[];
  /**
   * Consulted before each message (before any work on it, and again once it holds an in-flight place): an outcome
   * means stop, and every message not yet on the wire ends with it (e.g. `cancelled` once the alert is cancelled).
   * Requests already in flight finish. Must be cheap: it reads memory, never the database.
   */
  stop?: () => DeliveryOutcome | null;
}

export interface DeliveryResult {
  id: string;
  outcome: DeliveryOutcome;
}

/** A way to reach residents. One folder per channel under channels/. */
export interface DeliveryChannel {
  readonly name: DeliveryTarget['channel'];
  canHandle(target: DeliveryTarget): boolean;
  /** Sends every message (that this channel can handle) and returns one result per message, in any order. Never throws for a single message's failure. */
  send(batch: DeliveryBatch): Promise<DeliveryResult[]>;
  /** Releases sockets and timers. */
  close(): Promise<void>;
}
