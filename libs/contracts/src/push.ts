/** The browser's PushSubscription as `subscription.toJSON()` gives it (W3C Push API). */
export interface PushSubscriptionJson {
  endpoint: string;
  expirationTime?: number | null;
  keys: {
    /** base64url of the 65-byte uncompressed P-256 public key of the browser. */
    p256dh: string;
    /** base64url of the 16-byte authentication secret. */
    auth: string;
  };
}

/** RFC 8030 §5.3 message urgency. */
export const PUSH_URGENCIES = ['very-low', 'low', 'normal', 'high'] as const;
export type PushUrgency = (typeof PUSH_URGENCIES)[number];

/**
 * What became of one send on a delivery channel:
 * sent (accepted), gone (subscription no longer exists: remove it), rejected (permanent failure: alarm),
 * throttled (retry after the given delay, for that push-service host only), retry (transient: back off),
 * expired (the message expired before it could be sent).
 */
export const DELIVERY_OUTCOME_KINDS = ['sent', 'gone', 'rejected', 'throttled', 'retry', 'expired'] as const;
export type DeliveryOutcomeKind = (typeof DELIVERY_OUTCOME_KINDS)[number];

/** `GET /api/push/vapid-public-key`: the application server key for `pushManager.subscribe`. */
export interface VapidPublicKeyResponse {
  /** base64url of the 65-byte uncompressed P-256 public key. */
  publicKey: string;
}
