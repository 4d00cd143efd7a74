import { createHash } from 'node:crypto';

/** TTL cap: the longest any major push service keeps a message (FCM: 28 days). */
export const MAX_TTL_SECONDS = 28 * 24 * 3600;

/** RFC 8030 TTL in seconds from the alert's expiry: whole seconds left, at least 0, at most MAX_TTL_SECONDS. */
export function ttlSecondsUntil(expiresAt: Date, now: number = Date.now()): number {
  return Math.max(0, Math.min(MAX_TTL_SECONDS, Math.floor((expiresAt.getTime() - now) / 1000)));
}

/**
 * RFC 8030 §5.4 Topic for an alert: at most 32 characters of the URL-safe base64 alphabet. A UUID without its dashes
 * is 32 hex characters and used as is (readable at the push service); other ids are hashed.
 */
export function pushTopicFor(alertId: string): string {
  const compact = alertId.replace(/-/g, '');
  if (/^[A-Za-z0-9_-]{1,32}$/.test(compact)) return compact;
  return createHash('sha256').update(alertId).digest('base64url').slice(0, 32);
}

/** True when a string is a valid Topic header value. */
export function isValidPushTopic(topic: string): boolean {
  return /^[A-Za-z0-9_-]{1,32}$/.test(topic);
}
