import type { Language } from './languages.js';

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
 * expired (the message expired before it could be sent), cancelled (the alert was cancelled before it was sent),
 * deferred (not sent, handed back to be sent later without counting an attempt, e.g. when a sender's lease ends).
 */
export const DELIVERY_OUTCOME_KINDS = ['sent', 'gone', 'rejected', 'throttled', 'retry', 'expired', 'cancelled', 'deferred'] as const;
export type DeliveryOutcomeKind = (typeof DELIVERY_OUTCOME_KINDS)[number];

/** `GET /api/push/vapid-public-key`: the application server key for `pushManager.subscribe`. */
export interface VapidPublicKeyResponse {
  /** base64url of the 65-byte uncompressed P-256 public key. */
  publicKey: string;
}

/** Header carrying a subscription's manage token on `PATCH`/`DELETE /api/push/subscriptions/:id`. */
export const PUSH_SUBSCRIPTION_TOKEN_HEADER = 'x-subscription-token';

/** At most this many areas per subscription. */
export const PUSH_SUBSCRIPTION_MAX_AREAS = 50;

/** `POST /api/push/subscriptions`: give `areas` (reference area ids) or a `location` that lies in one. */
export interface PushSubscribeRequest {
  subscription: PushSubscriptionJson;
  language: Language;
  areas?: string[];
  location?: { lat: number; lon: number };
  /** Also receive Exercise (drill) alerts. Default false. */
  enrolledForDrills?: boolean;
}

/** The subscription's id and its manage token, which is shown only here: the server keeps only its hash. */
export interface PushSubscribeResponse {
  id: string;
  manageToken: string;
}

/** `PATCH /api/push/subscriptions/:id` with the manage token: any of these. */
export interface PushSubscriptionUpdateRequest {
  language?: Language;
  areas?: string[];
  location?: { lat: number; lon: number };
  enrolledForDrills?: boolean;
}

/** A subscription's settings as its holder sees them. */
export interface PushSubscriptionSettings {
  id: string;
  language: Language;
  areas: string[];
  enrolledForDrills: boolean;
}

/** `PATCH /api/push/subscriptions/:id/test-device` (admin). */
export interface PushTestDeviceRequest {
  testDevice: boolean;
}
